import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import type { CloudClock } from '../clock';
import { functionEntry, readFunctionConfig } from './config';
import { FunctionPool } from './pool';

/** Who calls, as getWXContext() will report it inside the function. */
export interface CallerIdentity {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  CLIENTIP?: string;
  /** e.g. 'wx_client', 'wx_trigger', 'wx_cloud'. */
  SOURCE?: string;
}

export interface FunctionHostOptions {
  functionsDir?: string;
  envId: string;
  /** The environment that points wx-server-sdk at this emulator; known once the server listens. */
  sdkEnv: () => Record<string, string>;
  /** Added to every function's config.json envVariables, and winning over them. */
  functionEnv?: Record<string, string>;
  /** Overrides config.json's timeout for every function. */
  timeoutMs?: number;
  maxInstancesPerFunction?: number;
  /** The time function instances see as their `Date`. */
  clock: CloudClock;
}

/** Locally a slow laptop gets more room than the platform's 3 s default, unless config.json says otherwise. */
export const DEFAULT_FUNCTION_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_INSTANCES = 4;

/** Functions resolve wx-server-sdk from the project's node_modules even when they live elsewhere (a temp dir in tests). */
const SDK_NODE_MODULES = dirname(dirname(require.resolve('wx-server-sdk/package.json')));

/** Process variables a Node runtime needs; nothing else of the emulator's own environment reaches a function. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];

function identityEnv(identity: CallerIdentity): Record<string, string> {
  const env: Record<string, string> = { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP' };
  const set = (key: string, value: string | undefined): void => {
    if (value) env[key] = value;
  };
  set('WX_OPENID', identity.OPENID);
  set('WX_APPID', identity.APPID);
  set('WX_UNIONID', identity.UNIONID);
  set('WX_CLIENTIP', identity.CLIENTIP);
  // A caller with an OPENID is a phone unless told otherwise.
  set('TCB_SOURCE', identity.SOURCE ?? (identity.OPENID ? 'wx_client' : undefined));
  return env;
}

/** Runs the built functions of `functionsDir`, one pool of worker-thread instances per function. */
export class FunctionHost {
  private pools = new Map<string, FunctionPool>();

  constructor(private readonly options: FunctionHostOptions) {}

  /** Resolves with the function's return value as JSON text; rejects with FUNCTION_NOT_FOUND or FUNCTIONS_EXECUTE_FAIL. */
  invoke(name: string, event: unknown, identity: CallerIdentity): Promise<string> {
    const pool = this.pool(name);
    const requestId = randomBytes(16).toString('hex');
    // The platform hands a function its event as JSON: dates arrive as strings, undefined fields vanish.
    const payload: unknown = JSON.parse(JSON.stringify(event ?? {}));
    return pool.invoke(payload, identityEnv(identity), {
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.options.envId,
      memory_limit_in_mb: 256,
      time_limit_in_ms: pool.timeoutMs,
    }, this.options.clock.offset());
  }

  /** Stops every instance: the next call loads the bundle (and config.json) afresh. */
  async reload(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools = new Map();
    await Promise.all(pools.map((pool) => pool.close()));
  }

  private pool(name: string): FunctionPool {
    const existing = this.pools.get(name);
    if (existing) return existing;
    const entry = functionEntry(this.options.functionsDir, name);
    const config = readFunctionConfig(this.options.functionsDir as string, name);
    const inherited = Object.fromEntries(INHERITED.flatMap((key) => (process.env[key] ? [[key, process.env[key] as string]] : [])));
    const baseEnv = {
      ...inherited,
      NODE_PATH: SDK_NODE_MODULES,
      ...this.options.sdkEnv(),
      ...config.envVariables,
      ...this.options.functionEnv,
    };
    const timeoutMs = this.options.timeoutMs ?? (config.timeout !== undefined ? config.timeout * 1000 : DEFAULT_FUNCTION_TIMEOUT_MS);
    const pool = new FunctionPool(entry, baseEnv, timeoutMs, this.options.maxInstancesPerFunction ?? DEFAULT_MAX_INSTANCES);
    this.pools.set(name, pool);
    return pool;
  }
}
