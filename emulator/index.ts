import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudClock } from './engine/clock';
import { LocalCloud } from './engine/cloud';
import type { ActiveFault, FaultRule } from './engine/faults';
import type { CallerIdentity } from './engine/functions/host';
import type { OutboxMessage } from './engine/outbox';
import { TimerScheduler, cloudTimerClock } from './engine/timers/scheduler';
import type { TimerInfo } from './engine/timers/scheduler';
import { startHttpServer } from './http/server';
import { MemoryStore } from './store/memory';
import { SqliteStore } from './store/sqlite';

export { CloudClock } from './engine/clock';
export { EmulatorError } from './errors';
export type { ActiveFault, FaultRule } from './engine/faults';
export type { OutboxMessage } from './engine/outbox';
export type { TimerInfo } from './engine/timers/scheduler';

export interface EmulatorOptions {
  /** 0 = a random free port; default from EMULATOR_PORT or 8788. */
  port?: number;
  host?: string;
  /** Default 'local-dev'. */
  envId?: string;
  store?: { kind: 'memory' } | { kind: 'sqlite'; file: string };
  /** Default: a temp dir (removed on close) for memory; required for sqlite. */
  storageDir?: string;
  /** Folder of built functions: `<functionsDir>/<name>/index.js` (+ optional config.json). */
  functionsDir?: string;
  /** Environment variables for every function, over config.json's envVariables. */
  functionEnv?: Record<string, string>;
  /** Overrides every function's config.json timeout; without either, 20 s. */
  functionTimeoutMs?: number;
  /**
   * Runs the functions' config.json timer triggers on their schedule (Beijing time), as the platform does. Off by
   * default, so tests stay deterministic: they fire triggers with `timers.fire`.
   */
  timers?: boolean;
  /** The local cloud's time: set it to run at a chosen instant (tests); default the machine's time. */
  clock?: CloudClock;
  log?: (line: string) => void;
}

export type WxContext = Pick<CallerIdentity, 'OPENID' | 'APPID' | 'UNIONID' | 'SOURCE'> & { CLIENTIP?: string };

export interface Emulator {
  url: string;
  port: number;
  envId: string;
  /** The time the functions, the database's serverDate, signed URLs, the outbox and the timers see. */
  clock: CloudClock;
  /** This start's token for the SDK endpoint and /_emulator/* from anywhere but a local program (header x-emulator-token). */
  adminToken: string;
  /** Exactly the environment a process needs to point wx-server-sdk here. */
  sdkEnv(): Record<string, string>;
  /** Runs a function as the given caller; rejects with an EmulatorError (FUNCTIONS_EXECUTE_FAIL, FUNCTION_NOT_FOUND). */
  invokeFunction(name: string, event: unknown, wxContext?: WxContext): Promise<unknown>;
  /** Stops every function instance, so the next call loads rebuilt bundles. */
  reloadFunctions(): Promise<void>;
  outbox: { list(): OutboxMessage[]; clear(): void };
  faults: { add(rule: FaultRule): string; remove(id: string): void; clear(): void; list(): ActiveFault[] };
  stats: { counts(): Record<string, number>; total(): number; reset(): void };
  timers: {
    /** The timer triggers of every function, with the next firing while the scheduler runs. */
    list(): TimerInfo[];
    /** Fires a trigger now as the platform would at `at` (default: now): SOURCE wx_trigger, event {Type, TriggerName, Time}. */
    fire(functionName: string, triggerName?: string, at?: Date): Promise<unknown>;
    start(): void;
    stop(): void;
  };
  /** Wipes collections, documents, files and the outbox. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The variables that redirect wx-server-sdk (tcb-wire-protocol.md §1). The secrets are fake but must exist. */
function sdkEnvironment(url: string, envId: string): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${url}/admin` }),
    TENCENTCLOUD_SECRETID: 'local-emulator-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-emulator-secret-key',
    // Skips the SDK's metadata lookup, about 60 ms per call.
    TENCENTCLOUD: 'true',
    // Stops a 3 s warning timer per database call.
    SILENCE: 'true',
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    TCB_CONTEXT_KEYS: 'TCB_ENV',
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const envId = options.envId ?? 'local-dev';
  const storeOption = options.store ?? { kind: 'memory' };
  if (storeOption.kind === 'sqlite' && !options.storageDir) throw new Error('startEmulator: storageDir is required with a sqlite store');
  const ownStorageDir = options.storageDir ? undefined : mkdtempSync(join(tmpdir(), 'emulator-storage-'));
  const storageDir = options.storageDir ?? (ownStorageDir as string);
  const store = storeOption.kind === 'sqlite' ? new SqliteStore(storeOption.file) : new MemoryStore();

  let sdkEnv: Record<string, string> = {};
  const cloud = new LocalCloud({
    envId,
    store,
    storageDir,
    clock: options.clock ?? new CloudClock(),
    functions: { functionsDir: options.functionsDir, sdkEnv: () => sdkEnv, functionEnv: options.functionEnv, timeoutMs: options.functionTimeoutMs },
  });
  const cleanUp = async (): Promise<void> => {
    await cloud.close();
    if (ownStorageDir) rmSync(ownStorageDir, { recursive: true, force: true });
  };

  let server: Awaited<ReturnType<typeof startHttpServer>>;
  try {
    server = await startHttpServer(cloud, { host: options.host ?? '127.0.0.1', port: options.port ?? Number(process.env.EMULATOR_PORT ?? 8788), log: options.log });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  sdkEnv = sdkEnvironment(server.url, envId);
  const timers = new TimerScheduler(cloud.functions, options.functionsDir, options.log, cloudTimerClock(cloud.clock));
  if (options.timers) timers.start();

  return {
    url: server.url,
    port: server.port,
    adminToken: server.adminToken,
    envId,
    clock: cloud.clock,
    sdkEnv: () => ({ ...sdkEnv }),
    invokeFunction: async (name, event, wxContext = {}) => JSON.parse(await cloud.functions.invoke(name, event, wxContext)) as unknown,
    reloadFunctions: async () => {
      await cloud.functions.reload();
      timers.refresh();
    },
    outbox: { list: () => cloud.outbox.list(), clear: () => cloud.outbox.clear() },
    faults: {
      add: (rule) => cloud.faults.add(rule),
      remove: (id) => void cloud.faults.remove(id),
      clear: () => cloud.faults.clear(),
      list: () => cloud.faults.list(),
    },
    stats: { counts: () => cloud.stats.counts(), total: () => cloud.stats.total(), reset: () => cloud.stats.reset() },
    timers: { list: () => timers.list(), fire: (name, trigger, at) => timers.fire(name, trigger, at), start: () => timers.start(), stop: () => timers.stop() },
    reset: async () => cloud.reset(),
    close: async () => {
      timers.stop();
      await server.close();
      await cleanUp();
    },
  };
}
