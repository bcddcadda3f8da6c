// The 我的事项 list over 1,000 items, on the local cloud running the built `api` function (as tests do):
// - tasks_identity_round_trips: the one read every action makes to know the caller (members by OPENID);
// - tasks_list_round_trips_first_page / _next_page: database requests one list call sends besides that identity read
//   every action makes (page + counts on a first page, the page alone after), counted by the local cloud;
// - tasks_list_first_page_ms_1000: median wall time of a first page with counts, the call as the phone makes it
//   (function invocation included), for a cadre and for the office (who sees all 1,000);
// - tasks_get_ms: median time of an item's page (detail, names, timeline) for comparison;
// - every time again as `*_latency20`, with 20 ms added to each database round trip (bench/cloud-latency.ts).
import { callApi, expectOk, startLocalCloud } from '../tests/support/local-cloud';
import { importItems, manyItems, setUpPeople } from '../tests/support/task-fixture';
import { buildFunctions } from '../scripts/build-functions';
import { withAndWithoutLatency } from './cloud-latency';

export const name = 'tasks';

const ITEMS = 1000;
const WARM_UPS = 3;
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timed(runs: number, call: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UPS; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
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
    const { ids } = await importItems(cloud, unit, manyItems(ITEMS));
    // A call the schema refuses costs exactly the identity read; a list call's own cost is what it sends beyond that.
    cloud.stats.reset();
    const refused = await callApi(cloud, 'o-office', 'tasks.list', { filter: { unknown: true } });
    if (refused.ok) throw new Error('the identity probe should have been refused');
    const identity = cloud.stats.total();
    cloud.stats.reset();
    const first = await expectOk(cloud, 'o-office', 'tasks.list', {});
    const firstTrips = cloud.stats.total() - identity;
    cloud.stats.reset();
    await expectOk(cloud, 'o-office', 'tasks.list', { cursor: first.nextCursor, withCounts: false });
    const nextTrips = cloud.stats.total() - identity;
    const seen = Object.values(first.counts ?? {}).reduce((sum, count) => sum + count, 0);
    if (seen !== ITEMS) throw new Error(`the office should count ${ITEMS} items, counted ${seen}`);

    return {
      tasks_identity_round_trips: identity,
      tasks_list_round_trips_first_page: firstTrips,
      tasks_list_round_trips_next_page: nextTrips,
      ...(await withAndWithoutLatency(cloud, async () => ({
        tasks_list_first_page_ms_1000_office: await timed(RUNS, () => expectOk(cloud, 'o-office', 'tasks.list', {})),
        tasks_list_first_page_ms_1000_cadre: await timed(RUNS, () => expectOk(cloud, 'o-cadre', 'tasks.list', {})),
        tasks_list_next_page_ms_1000_office: await timed(RUNS, () => expectOk(cloud, 'o-office', 'tasks.list', { cursor: first.nextCursor, withCounts: false })),
        tasks_get_ms: await timed(RUNS, () => expectOk(cloud, 'o-office', 'tasks.get', { taskId: ids[0] })),
      }))),
    };
  } finally {
    await cloud.close();
  }
}
