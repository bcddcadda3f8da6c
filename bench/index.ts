// The project's one benchmark entry: `npm run bench` prints each figure on a line of its own;
// `npm run --silent bench -- --json` prints all figures as one JSON object; `--only <name>` runs one benchmark.
// A benchmark is a file bench/<name>.bench.ts exporting `name` and `run(): Promise<Record<string, number>>`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Benchmark {
  name: string;
  run(): Promise<Record<string, number>>;
}

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = readdirSync(__dirname).filter((file) => file.endsWith('.bench.ts')).sort();
  const benchmarks: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as Partial<Benchmark>;
    if (typeof module.name !== 'string' || typeof module.run !== 'function') {
      fail(`bench/${file} 应导出 name 和 run() / bench/${file} must export name and run()`);
    }
    benchmarks.push({ name: module.name, run: module.run });
  }
  return benchmarks;
}

function parseArguments(args: string[]): { json: boolean; only: string | null } {
  const at = args.indexOf('--only');
  const only = at >= 0 ? args[at + 1] ?? null : null;
  if (at >= 0 && only === null) fail('--only 需要基准名称 / --only needs a benchmark name');
  return { json: args.includes('--json'), only };
}

async function main(): Promise<void> {
  const { json, only } = parseArguments(process.argv.slice(2));
  const all = await loadBenchmarks();
  const chosen = only === null ? all : all.filter((benchmark) => benchmark.name === only);
  if (chosen.length === 0) fail(`没有名为「${only}」的基准 / no benchmark named "${only}" (${all.map((b) => b.name).join(', ')})`);
  const figures: Record<string, number> = {};
  for (const benchmark of chosen) {
    for (const [key, value] of Object.entries(await benchmark.run())) {
      if (key in figures) fail(`指标「${key}」重复 / figure "${key}" is reported twice`);
      figures[key] = Math.round(value * 10) / 10;
      if (!json) process.stdout.write(`${key}  ${figures[key]}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => fail(`基准运行失败 / benchmark failed: ${error instanceof Error ? error.message : String(error)}`));
