import { join } from 'node:path';
import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import type { ActionName, ActionOutput } from '../../core/actions';
import type { ApiResult } from '../../core/result';
import { testClock } from './test-clock';

export const TEST_SETUP_SECRET = 'test-setup-secret';
/** The functions' seal key in tests: outside the database, like production's SEAL_KEY (id `test`). */
export const TEST_SEAL_KEY = 'test:0123456789abcdef0123456789abcdef-test-seal-key';
const FUNCTIONS_DIR = join(__dirname, '..', '..', 'cloudfunctions');

/** A fresh in-memory local cloud running the built functions, as `npm start` does on disk, on the tests' clock. */
export async function startLocalCloud(functionEnv: Record<string, string> = { SETUP_SECRET: TEST_SETUP_SECRET, SEAL_KEY: TEST_SEAL_KEY }): Promise<Emulator> {
  return startEmulator({ port: 0, store: { kind: 'memory' }, functionsDir: FUNCTIONS_DIR, functionEnv, clock: testClock });
}

/** Calls the api function as the phone of `openid` would (null: no identity, like a timer trigger). */
export async function callApi<A extends ActionName>(
  cloud: Emulator,
  openid: string | null,
  action: A,
  input?: unknown,
): Promise<ApiResult<ActionOutput<A>>> {
  const wxContext = openid ? { OPENID: openid, SOURCE: 'wx_client' } : { SOURCE: 'wx_client' };
  return (await cloud.invokeFunction('api', { action, input }, wxContext)) as ApiResult<ActionOutput<A>>;
}

/** The data of a call that must succeed; a failure shows its code in the test output. */
export async function expectOk<A extends ActionName>(cloud: Emulator, openid: string | null, action: A, input?: unknown): Promise<ActionOutput<A>> {
  const result = await callApi(cloud, openid, action, input);
  if (!result.ok) throw new Error(`${action} answered ${result.code}: ${result.message}`);
  return result.data;
}

/** Every document of a collection, straight from the local cloud: for asserting what a rejected call left behind. */
export async function collectionSnapshot(cloud: Emulator, name: string): Promise<unknown[]> {
  const response = await fetch(`${cloud.url}/_emulator/collections/${name}`);
  if (response.status === 404) return [];
  const body = (await response.json()) as unknown;
  return Array.isArray(body) ? body : ((body as { documents?: unknown[] }).documents ?? []);
}

/** The real wx-server-sdk in the test process, pointed at `cloud`: for arranging states no action can reach (an expired invite). */
export function sdkDatabase(cloud: Emulator): import('../../server/platform/database-types').Database {
  Object.assign(process.env, cloud.sdkEnv());
  // Required lazily: the SDK reads its endpoint from the environment at first use.
  const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  return sdk.database() as unknown as import('../../server/platform/database-types').Database;
}

/** Calls the `exports` function (EXPORT_ACTIONS: the .docx/.xlsx documents) as the phone of `openid` would. */
export async function callExports<A extends ActionName>(
  cloud: Emulator,
  openid: string | null,
  action: A,
  input?: unknown,
): Promise<ApiResult<ActionOutput<A>>> {
  const wxContext = openid ? { OPENID: openid, SOURCE: 'wx_client' } : { SOURCE: 'wx_client' };
  return (await cloud.invokeFunction('exports', { action, input }, wxContext)) as ApiResult<ActionOutput<A>>;
}

/** Uploads bytes to cloud storage through the real SDK, as wx.cloud.uploadFile does from a phone; answers the fileID. */
export async function uploadThroughSdk(cloud: Emulator, cloudPath: string, bytes: Buffer): Promise<string> {
  Object.assign(process.env, cloud.sdkEnv());
  const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  const { fileID } = (await sdk.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
  return fileID;
}
