// parse_1mb_ms: the median time to parse a 1 MB plan, built from the seed's aspects and problems repeated with
// varied titles — far longer than any real plan, so the preview never waits on the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../core/plan';

export const name = 'parse';

const TARGET_BYTES = 1024 * 1024;
const WARM_UPS = 3;
const RUNS = 9;

/** The seed's 整改任务: from its first aspect heading to 四、整改要求. */
function seedTasks(): { head: string; tasks: string[]; problemCount: number } {
  const lines = readFileSync(join(__dirname, '../tests/fixtures/plans/seed-plan.txt'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('（一）'));
  const end = lines.findIndex((line) => line.startsWith('四、'));
  const tasks = lines.slice(start, end);
  return { head: lines.slice(0, start).join('\n'), tasks, problemCount: tasks.filter((line) => line.startsWith('问题')).length };
}

/** Round r repeats every aspect and problem with r in their titles, so no two rounds read alike. */
function buildLargePlan(): { text: string; problems: number } {
  const { head, tasks, problemCount } = seedTasks();
  const parts = [head];
  let bytes = Buffer.byteLength(head);
  let problems = 0;
  for (let round = 1; bytes < TARGET_BYTES; round += 1) {
    const varied = tasks
      .map((line) => (line.startsWith('（') ? line.replace(/方面$/, `方面（第${round}组）`) : line))
      .map((line) => (line.startsWith('问题') ? line.replace(/。$/, `（第${round}组）。`) : line))
      .join('\n');
    parts.push(varied);
    bytes += Buffer.byteLength(varied) + 1;
    problems += problemCount;
  }
  return { text: parts.join('\n'), problems };
}

export async function run(): Promise<Record<string, number>> {
  const { text, problems } = buildLargePlan();
  const parse = () => parsePlan(text);
  for (let i = 0; i < WARM_UPS; i += 1) parse();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const plan = parse();
    times.push(performance.now() - started);
    // A figure for a parse that lost problems would be meaningless.
    const parsed = plan.aspects.reduce((sum, aspect) => sum + aspect.problems.length, 0);
    if (parsed !== problems) throw new Error(`expected ${problems} problems in the 1 MB plan, parsed ${parsed}`);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  if (median === undefined) throw new Error('no parse was timed');
  return { parse_1mb_ms: median };
}
