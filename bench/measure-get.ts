// Median round trip of a `get()` through the real wx-server-sdk against an in-memory emulator.
// Run: node --import tsx bench/measure-get.ts [calls=200]
import { startEmulator } from '../emulator';

async function main(): Promise<void> {
  const calls = Number(process.argv[2] ?? 200);
  const emulator = await startEmulator({ port: 0, store: { kind: 'memory' } });
  Object.assign(process.env, emulator.sdkEnv());
  // Required after the environment is set: the SDK reads its endpoint from it.
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const db = cloud.database();
  await db.createCollection('measure');
  for (let i = 0; i < 50; i += 1) await db.collection('measure').add({ data: { i, owner: `o${i % 5}` } });

  const query = db.collection('measure').where({ owner: 'o1' });
  for (let i = 0; i < 20; i += 1) await query.get(); // warm-up: sockets, JIT
  const timings: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const started = process.hrtime.bigint();
    // The SDK's typings include its callback forms; with no callback, get() is a promise of {data}.
    const { data } = (await query.get()) as { data: unknown[] };
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (data.length !== 10) throw new Error(`expected 10 rows, got ${data.length}`);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number): string => (timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] as number).toFixed(2);
  console.log(`get() over ${calls} sequential calls: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
  await emulator.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
