// The 整改台账 of 5,000 items, on the local cloud running the built `exports` function (as tests do):
// - ledger_export_ms_5000: median wall time of exports.ledger as the office calls it — read the items with their
//   latest progress, build the .xlsx with exceljs, write it to storage, answer a temporary URL (target: under 10 s);
//   again as `ledger_export_ms_5000_latency20` with 20 ms added to each database and storage round trip;
// - ledger_export_kb_5000: the .xlsx's size;
// - ledger_export_round_trips_5000: database requests besides the identity read (one page of 1000 items per trip).
// 5,000 items are five plans of 1,000 (a plan holds at most that): the figures are 全部整改任务's.
import { ALL_PLANS } from '../core/plans/scope';
import { callExports, sdkDatabase, startLocalCloud } from '../tests/support/local-cloud';
import { manyItems, setUpPeople } from '../tests/support/task-fixture';
import { addPosts, importMany, storedTasks } from '../tests/support/dashboard-fixture';
import { buildFunctions } from '../scripts/build-functions';
import { withAndWithoutLatency } from './cloud-latency';

export const name = 'exports';

const ITEMS = 5000;
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function run(): Promise<Record<string, number>> {
  await buildFunctions({ quiet: true });
  const cloud = await startLocalCloud();
  try {
    const unit = await setUpPeople(cloud);
    await importMany(cloud, unit, manyItems(ITEMS));
    const db = sdkDatabase(cloud);
    await db.collection('tasks').where({ seq: db.command.lte(300) }).update({ data: { status: 'closed', closedAt: new Date() } });
    const tasks = await storedTasks(cloud);
    await addPosts(cloud, tasks.slice(0, 500).map((task) => ({ taskId: task._id, at: new Date(), text: '已完成制度修订并组织全体干部学习，整改台账同步更新。' })));

    const ledger = async () => {
      const answer = await callExports(cloud, 'o-office', 'exports.ledger', { filter: { planId: ALL_PLANS } });
      if (!answer.ok) throw new Error(`exports.ledger answered ${answer.code}: ${answer.message}`);
      if (answer.data.rows !== ITEMS) throw new Error(`the ledger should have ${ITEMS} rows, has ${answer.data.rows}`);
      return answer.data;
    };
    cloud.stats.reset();
    const refused = await callExports(cloud, 'o-office', 'exports.ledger', { filter: { unknown: true } });
    if (refused.ok) throw new Error('the identity probe should have been refused');
    const identity = cloud.stats.total();
    cloud.stats.reset();
    const first = await ledger();
    const counts = cloud.stats.counts();
    const databaseTrips = Object.entries(counts)
      .filter(([action]) => action.startsWith('database.'))
      .reduce((sum, [, count]) => sum + count, 0);
    const exportTime = async () => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = performance.now();
        await ledger();
        times.push(performance.now() - started);
      }
      return { ledger_export_ms_5000: median(times) };
    };
    return {
      ...(await withAndWithoutLatency(cloud, exportTime)),
      ledger_export_kb_5000: first.bytes / 1024,
      ledger_export_round_trips_5000: databaseTrips - identity,
    };
  } finally {
    await cloud.close();
  }
}
