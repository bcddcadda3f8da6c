// The 统计 tab over 5,000 items, on the local cloud running the built `api` function (as tests do):
// - dashboard_round_trips_5000: database requests one dashboard.summary sends besides the identity read every action
//   makes (members by OPENID), counted by the local cloud — the grouped figures, the overdue list, the context;
// - dashboard_summary_ms_5000_office / _leader: median wall time of the call as the phone makes it (function invocation
//   included), for the office (all 5,000 items) and for a leader (their own, a quarter), on the local cloud, and again
//   as `*_latency20` with 20 ms added to each database round trip (bench/cloud-latency.ts).
// 5,000 items are five plans of 1,000 (a plan holds at most that): the figures are 全部整改任务's.
import { ALL_PLANS } from '../core/plans/scope';
import { callApi, expectOk, sdkDatabase, startLocalCloud } from '../tests/support/local-cloud';
import { manyItems, setUpPeople } from '../tests/support/task-fixture';
import { addPosts, importMany, storedTasks } from '../tests/support/dashboard-fixture';
import { buildFunctions } from '../scripts/build-functions';
import { withAndWithoutLatency } from './cloud-latency';

export const name = 'dashboard';

const ITEMS = 5000;
const WARM_UPS = 2;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UPS; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return median(times);
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
    await addPosts(cloud, tasks.slice(0, 200).map((task, index) => ({ taskId: task._id, at: new Date(Date.now() - index * 2 * 86400_000) })));

    // A call the schema refuses costs exactly the identity read; the dashboard's own cost is what it sends beyond that.
    cloud.stats.reset();
    const refused = await callApi(cloud, 'o-office', 'dashboard.summary', { filter: { unknown: true } });
    if (refused.ok) throw new Error('the identity probe should have been refused');
    const identity = cloud.stats.total();
    cloud.stats.reset();
    const summary = await expectOk(cloud, 'o-office', 'dashboard.summary', { filter: { planId: ALL_PLANS } });
    const trips = cloud.stats.total() - identity;
    if (summary.totals.total !== ITEMS) throw new Error(`the office should count ${ITEMS} items, counted ${summary.totals.total}`);
    cloud.stats.reset();
    await expectOk(cloud, 'o-leader', 'dashboard.summary', { filter: { planId: ALL_PLANS, overdueOnly: true } });
    const leaderTrips = cloud.stats.total() - identity;

    return {
      dashboard_round_trips_5000: trips,
      dashboard_round_trips_5000_leader_filtered: leaderTrips,
      ...(await withAndWithoutLatency(cloud, async () => ({
        dashboard_summary_ms_5000_office: await timed(() => expectOk(cloud, 'o-office', 'dashboard.summary', { filter: { planId: ALL_PLANS } })),
        dashboard_summary_ms_5000_leader: await timed(() => expectOk(cloud, 'o-leader', 'dashboard.summary', { filter: { planId: ALL_PLANS } })),
      }))),
    };
  } finally {
    await cloud.close();
  }
}
