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
  /** Runs the functions' timer triggers on schedule (the 09:00 reminders): on for `npm start`, off in tests. */
  timers?: boolean;
}

/** The whole app on this machine: the local cloud running the built functions, seeded, behind the dev server. */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const emulator = await startEmulator({
    port: options.emulatorPort,
    store: options.store,
    storageDir: options.storageDir,
    functionsDir: options.functionsDir,
    functionEnv: { SETUP_SECRET: LOCAL_SETUP_SECRET },
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
