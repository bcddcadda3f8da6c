import { join } from 'node:path';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator';

export type WxServerSdk = typeof import('wx-server-sdk');
export type SdkDatabase = ReturnType<WxServerSdk['database']>;

export const FIXTURE_FUNCTIONS = join(__dirname, 'fixtures', 'functions');

export interface SdkHarness {
  emulator: Emulator;
  cloud: WxServerSdk;
  db: SdkDatabase;
}

/**
 * An in-memory emulator on a free port and the REAL wx-server-sdk pointed at it by environment variables only.
 * The SDK is required after the variables are set, as a function process would see them.
 */
export async function startHarness(options: EmulatorOptions = {}): Promise<SdkHarness> {
  const emulator = await startEmulator({ port: 0, store: { kind: 'memory' }, ...options });
  Object.assign(process.env, emulator.sdkEnv());
  const cloud = require('wx-server-sdk') as WxServerSdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  return { emulator, cloud, db: cloud.database() };
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
