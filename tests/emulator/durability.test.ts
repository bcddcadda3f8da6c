// `npm run emulator` on SQLite: kill -9 in the middle of writes loses no acknowledged write and corrupts nothing.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..');
const WRITES_BEFORE_KILL = 150;

interface RunningCli {
  child: ChildProcess;
  url: string;
  env: Record<string, string>;
}

/** Starts the CLI on a free port and reads its URL and `export` lines. */
function startCli(dataDir: string): Promise<RunningCli> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', '--data-dir', dataDir, '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, EMULATOR_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    let url = '';
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      url ||= /listening on (http:\/\/\S+)/.exec(line)?.[1] ?? '';
      const exported = /^export (\w+)='(.*)'$/.exec(line);
      if (exported) env[exported[1] as string] = exported[2] as string;
      if (exported?.[1] === 'TCB_CONTEXT_KEYS') resolve({ child, url, env });
    });
    child.once('exit', (code) => reject(new Error(`emulator CLI exited early with ${code}`)));
  });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'emulator-durability-'));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged write across a kill -9, and the database opens cleanly', async () => {
  const first = await startCli(dataDir);
  const writer = spawn(process.execPath, [join(__dirname, 'fixtures', 'writer.js')], {
    cwd: ROOT,
    env: { ...process.env, ...first.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: number[] = [];
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: writer.stdout }).on('line', (line) => {
      const n = Number(/^ack (\d+)$/.exec(line)?.[1]);
      if (!n) return;
      acknowledged.push(n);
      // Killed while the writer keeps writing: some request is always in flight.
      if (n === WRITES_BEFORE_KILL) {
        first.child.kill('SIGKILL');
        resolve();
      }
    });
    writer.once('exit', (code) => reject(new Error(`writer exited with ${code} after ${acknowledged.length} writes`)));
  });
  await exited(first.child);
  await exited(writer);
  expect(first.child.signalCode).toBe('SIGKILL');

  const file = join(dataDir, 'db.sqlite');
  const sqlite = new Database(file);
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  sqlite.close();

  const second = await startCli(dataDir);
  try {
    const response = await fetch(`${second.url}/_emulator/collections/durable`);
    const stored = ((await response.json()) as Array<{ n: number }>).map((doc) => doc.n);
    const last = acknowledged[acknowledged.length - 1] as number;
    expect(acknowledged).toEqual(Array.from({ length: last }, (_unused, i) => i + 1));
    // Every acknowledged write is there; at most the one in flight at the kill is there too.
    expect(stored.slice(0, last)).toEqual(acknowledged);
    expect(stored.length - last).toBeLessThanOrEqual(1);
  } finally {
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  }
});
