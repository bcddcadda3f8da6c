import cloud from 'wx-server-sdk';
import type { Database } from './database-types';

let initialised = false;

/** wx-server-sdk configured for the current environment: the real cloud, or the local emulator via TCB_CONTEXT_CNFG. */
export function getCloud(): typeof cloud {
  if (!initialised) {
    // DYNAMIC_CURRENT_ENV is typed as a symbol but init() wants a string.
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    initialised = true;
  }
  return cloud;
}

export function getDatabase(): Database {
  return getCloud().database() as unknown as Database;
}

export type { Database };
