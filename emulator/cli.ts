// `npm run emulator`: the local cloud alone, durable on disk, with the environment that points wx-server-sdk at it.
// Flags: --memory (no SQLite), --reset (wipe the data folder first), --data-dir <dir> (default .local/emulator), --quiet.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startEmulator } from './index';

const projectRoot = resolve(__dirname, '..');

// Cloud functions run with the clock in UTC (TZ unset). The time zone is process-wide, so the functions'
// worker threads see UTC only if this whole process does; an embedding process must do the same itself.
process.env.TZ = 'UTC';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

async function main(): Promise<void> {
  const memory = process.argv.includes('--memory');
  const quiet = process.argv.includes('--quiet');
  const dataDir = resolve(option('--data-dir') ?? join(projectRoot, '.local', 'emulator'));
  if (process.argv.includes('--reset')) rmSync(dataDir, { recursive: true, force: true });
  const functionsDir = join(projectRoot, 'cloudfunctions');
  const dbFile = join(dataDir, 'db.sqlite');
  // In memory, files go to a temporary folder too: nothing outlives the process.
  const storageDir = memory ? undefined : join(dataDir, 'storage');
  if (!memory) mkdirSync(dataDir, { recursive: true });

  const emulator = await startEmulator({
    port: Number(process.env.EMULATOR_PORT ?? 8788),
    host: '127.0.0.1',
    store: memory ? { kind: 'memory' } : { kind: 'sqlite', file: dbFile },
    storageDir,
    functionsDir: existsSync(functionsDir) ? functionsDir : undefined,
    log: quiet ? undefined : (line) => console.log(`[emulator] ${line}`),
  });

  const shown = (path: string): string => {
    const short = relative(process.cwd(), path);
    return short.startsWith('..') ? path : short || '.';
  };
  console.log(`Local cloud listening on ${emulator.url} (env ${emulator.envId})`);
  const where = storageDir ? `store: ${shown(dbFile)}   files: ${shown(storageDir)}` : 'store: memory, files: a temp folder (both gone on exit)';
  console.log(`  ${where}   functions: ${existsSync(functionsDir) ? shown(functionsDir) : 'none'}`);
  console.log(`  admin token (header x-emulator-token, needed from another machine): ${emulator.adminToken}`);
  console.log('Point wx-server-sdk here with:');
  for (const [key, value] of Object.entries(emulator.sdkEnv())) console.log(`export ${key}=${shellQuote(value)}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the local cloud`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
