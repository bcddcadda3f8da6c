// `npm start`: builds what is stale, starts the local cloud (durable, under .local/) and the dev server,
// seeds the demo unit on first run, and stops both cleanly on Ctrl-C. `npm start -- --reset` wipes local data.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFunctions } from './build-functions';
import { startLocalApp } from './local-app';
import { DEMO_PEOPLE } from './demo/demo-unit';
import { ROLE_SHORT_LABELS } from '../core/roles';

// Functions run in this process's worker threads: give them the platform's clock, which is UTC.
process.env.TZ = 'UTC';

const root = join(__dirname, '..');
const localDir = join(root, '.local');
const emulatorDir = join(localDir, 'emulator');
const h5Dir = join(root, 'dist-h5');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

function h5IsStale(): boolean {
  const built = join(h5Dir, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(...['src', 'core', 'config', 'babel.config.js', 'package-lock.json'].map((p) => newestMtime(join(root, p))));
  return sources > statSync(built).mtimeMs;
}

/**
 * Builds the H5 app in the background while the local cloud and the dev server already answer (the dev server shows
 * a page that opens the app once it is built). One line when it starts and one when it ends, never a `\r` counter
 * into a log; Taro's own output only on failure.
 */
function buildH5InBackground(): ChildProcess {
  const started = Date.now();
  console.log('构建 H5 应用（后台进行，约 1–3 分钟；/dev/login 已可用，应用页面在构建完成后自动打开）');
  const output: Buffer[] = [];
  const child = spawn(join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  child.on('close', (status, signal) => {
    if (signal) return;
    if (status === 0) {
      console.log(`H5 应用构建完成，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`);
      return;
    }
    console.error(Buffer.concat(output).toString('utf8').slice(-4000));
    console.error('H5 构建失败（上面是最后的输出；也可运行 npm run build:h5 查看）');
  });
  return child;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  if (process.argv.includes('--reset')) {
    rmSync(localDir, { recursive: true, force: true });
    console.log('已清空本地数据（.local/）');
  }
  mkdirSync(emulatorDir, { recursive: true });
  await buildFunctions({ quiet: true });
  console.log('云函数已打包');

  const { emulator, devServer, seeded, close } = await startLocalApp({
    store: { kind: 'sqlite', file: join(emulatorDir, 'db.sqlite') },
    storageDir: join(emulatorDir, 'storage'),
    sealKeyDir: emulatorDir,
    functionsDir: join(root, 'cloudfunctions'),
    h5Dir,
    port: Number(process.env.PORT ?? 8787),
    emulatorPort: Number(process.env.EMULATOR_PORT ?? 8788),
    timers: true,
  });

  console.log('');
  console.log(`整改通已启动（用时 ${((Date.now() - startedAt) / 1000).toFixed(1)} 秒）${seeded ? '，已写入演示数据' : ''}`);
  console.log(`  打开     ${devServer.url}/dev/login   选择演示身份`);
  console.log(`  应用     ${devServer.url}/`);
  console.log(`  本地云   ${emulator.url}   订阅消息发件箱 ${devServer.url}/dev/outbox`);
  for (const timer of emulator.timers.list()) {
    const next = timer.next ? new Date(Date.parse(timer.next) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '未安排';
    console.log(`  定时触发 ${timer.functionName}/${timer.name}（${timer.config}，北京时间）下次 ${next}`);
  }
  console.log('  演示身份：');
  for (const person of DEMO_PEOPLE) {
    console.log(`    ${person.name}（${person.title}）  ${person.roles.map((role) => ROLE_SHORT_LABELS[role]).join('、')}`);
  }
  console.log('按 Ctrl-C 停止。');
  const h5Build = h5IsStale() ? buildH5InBackground() : null;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n正在停止…');
    h5Build?.kill();
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
