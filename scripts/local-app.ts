import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator, EmulatorOptions } from '../emulator';
import { startEmulator } from '../emulator';
import { startDevServer } from '../devserver/server';
import type { DevServer } from '../devserver/server';
import { seedDemoUnit } from './demo/seed-demo';

// Only this machine's emulator knows it; a real deployment sets its own in the function's environment.
export const LOCAL_SETUP_SECRET = 'local-dev-setup-secret';

export interface LocalApp {
  emulator: Emulator;
  devServer: DevServer;
  /** true when this start wrote the demo unit (first run or after --reset). */
  seeded: boolean;
  close(): Promise<void>;
}

export interface LocalAppOptions {
  store: EmulatorOptions['store'];
  storageDir?: string;
  functionsDir: string;
  h5Dir: string;
  port: number;
  emulatorPort: number;
  /** Where the seal key of this local data lives (kept with the data, so seals made yesterday still check); none: a key per start. */
  sealKeyDir?: string;
  /** Runs the functions' timer triggers on schedule (the 09:00 reminders): on for `npm start`, off in tests. */
  timers?: boolean;
}

/**
 * The functions' SEAL_KEY in development: generated once per local data folder and kept beside the data, never in
 * the database (production sets its own in the function's environment).
 */
export function localSealKey(dir: string | undefined): string {
  const fresh = () => `local-${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64url')}`;
  if (!dir) return fresh();
  const file = join(dir, 'seal-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = fresh();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/** The whole app on this machine: the local cloud running the built functions, seeded, behind the dev server. */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const emulator = await startEmulator({
    port: options.emulatorPort,
    store: options.store,
    storageDir: options.storageDir,
    functionsDir: options.functionsDir,
    functionEnv: { SETUP_SECRET: LOCAL_SETUP_SECRET, SEAL_KEY: localSealKey(options.sealKeyDir) },
    timers: options.timers ?? false,
  });
  try {
    const seeded = await seedDemoUnit(emulator, LOCAL_SETUP_SECRET);
    const devServer = await startDevServer({ cloud: emulator, h5Dir: options.h5Dir, port: options.port });
    return {
      emulator,
      devServer,
      seeded,
      close: async () => {
        await devServer.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
