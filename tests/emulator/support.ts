import { join } from 'node:path';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator';

type WxServerSdk = typeof import('wx-server-sdk');

/** A document as the SDK returns it. */
export interface Row {
  _id: string;
  [field: string]: unknown;
}

/**
 * The parts of wx-server-sdk the tests call, typed as they behave with promises (the SDK's own typings answer
 * `Promise<T> | void | string` for every call, because of the callback forms).
 */
export interface SdkQuery {
  where(condition: object): SdkQuery;
  orderBy(field: string, order: 'asc' | 'desc'): SdkQuery;
  skip(offset: number): SdkQuery;
  limit(limit: number): SdkQuery;
  field(projection: Record<string, boolean>): SdkQuery;
  get(): Promise<{ data: Row[]; errMsg: string }>;
  count(): Promise<{ total: number; errMsg: string }>;
  update(options: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface SdkDocument {
  field(projection: Record<string, boolean>): SdkDocument;
  get(): Promise<{ data: Row; errMsg: string }>;
  set(options: { data: object }): Promise<{ _id: string; stats: { updated: number; created: number } }>;
  update(options: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface SdkAggregate {
  match(condition: object): SdkAggregate;
  group(spec: object): SdkAggregate;
  sort(spec: object): SdkAggregate;
  limit(limit: number): SdkAggregate;
  lookup(spec: object): SdkAggregate;
  unwind(path: string): SdkAggregate;
  project(spec: object): SdkAggregate;
  end(): Promise<{ list: Row[]; errMsg: string }>;
}

export interface SdkCollection extends SdkQuery {
  doc(id: string): SdkDocument;
  add(options: { data: object | object[] }): Promise<{ _id: string; _ids?: string[]; errMsg: string }>;
  aggregate(): SdkAggregate;
}

export interface SdkTransaction {
  collection(name: string): SdkCollection;
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

export type SdkCommand = ReturnType<WxServerSdk['database']>['command'];

export interface SdkDatabase {
  collection(name: string): SdkCollection;
  command: SdkCommand;
  serverDate(options?: { offset: number }): unknown;
  RegExp(options: { regexp: string; options?: string }): unknown;
  createCollection(name: string): Promise<{ errMsg: string }>;
  startTransaction(): Promise<SdkTransaction>;
  runTransaction<T>(callback: (transaction: SdkTransaction) => Promise<T>): Promise<T>;
}

export interface TempFile {
  fileID: string;
  tempFileURL: string;
  status: number;
  errMsg: string;
  maxAge?: number;
}

export interface SdkCloud {
  getWXContext(): Record<string, unknown>;
  callFunction(options: { name: string; data?: object }): Promise<{ result: unknown; errMsg: string }>;
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string; errMsg: string }>;
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer; errMsg: string }>;
  getTempFileURL(options: { fileList: Array<string | { fileID: string; maxAge: number }> }): Promise<{ fileList: TempFile[] }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg: string }> }>;
  openapi: {
    subscribeMessage: { send(options: object): Promise<{ errCode: number; errMsg: string }> };
    [api: string]: Record<string, (options: object) => Promise<unknown>>;
  };
}

export const FIXTURE_FUNCTIONS = join(__dirname, 'fixtures', 'functions');

export interface SdkHarness {
  emulator: Emulator;
  cloud: SdkCloud;
  db: SdkDatabase;
}

/**
 * An in-memory emulator on a free port and the REAL wx-server-sdk pointed at it by environment variables only.
 * The SDK is required after the variables are set, as a function process would see them.
 */
export async function startHarness(options: EmulatorOptions = {}): Promise<SdkHarness> {
  const emulator = await startEmulator({ port: 0, store: { kind: 'memory' }, ...options });
  Object.assign(process.env, emulator.sdkEnv());
  const sdk = require('wx-server-sdk') as WxServerSdk;
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  return { emulator, cloud: sdk as unknown as SdkCloud, db: sdk.database() as unknown as SdkDatabase };
}

/** The error a promise rejects with, for asserting its code and message; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ errCode?: number; errMsg?: string; code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { errCode?: number; errMsg?: string; code?: string; message: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
