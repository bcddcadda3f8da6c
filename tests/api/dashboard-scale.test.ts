import type { Emulator } from '../../emulator';
import { expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { manyItems, setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { addPosts, storedTasks, tally, viewerOf, visibleTo } from '../support/dashboard-fixture';
import { importMany } from '../support/dashboard-fixture';
import { testNow } from '../support/test-clock';
import { ALL_PLANS } from '../../core/plans/scope';

const SCALE_ITEMS = 5000;

/**
 * The dashboard costs 3 database round trips of its own — the grouped figures, the overdue list and the context
 * (posts per month, 约谈, names) — besides the one identity read every action makes (members by OPENID), whatever
 * the number of items (one read more, to find the current plan, when the filter names no plan): counted by the local cloud for every request the SDK sends.
 */
describe(`the dashboard over ${SCALE_ITEMS} items`, () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    await importMany(cloud, unit, manyItems(SCALE_ITEMS));
    const db = sdkDatabase(cloud);
    const _ = db.command;
    // Some of everything: done, long-term, under review.
    await db.collection('tasks').where({ seq: _.lte(400) }).update({ data: { status: 'closed', closedAt: testNow() } });
    await db.collection('tasks').where({ seq: _.and(_.gt(400), _.lte(500)) }).update({ data: { status: 'pending_review' } });
    const some = (await storedTasks(cloud)).slice(0, 60);
    await addPosts(cloud, some.map((task, index) => ({ taskId: task._id, at: new Date(testNow().getTime() - index * 5 * 86400_000) })));
  }, 240_000);
  afterAll(async () => {
    await cloud.close();
  });

  async function measured(openid: string, input: unknown) {
    cloud.stats.reset();
    const summary = await expectOk(cloud, openid, 'dashboard.summary', input);
    return { counts: cloud.stats.counts(), summary };
  }

  it.each([
    ['the office', OFFICE_OPENID, { filter: { planId: ALL_PLANS } }],
    ['the secretary, overdue only', 'o-secretary', { filter: { planId: ALL_PLANS, overdueOnly: true } }],
    ['a leader', 'o-leader', { filter: { planId: ALL_PLANS } }],
    ['a leader, one status', 'o-leader2', { filter: { planId: ALL_PLANS, status: 'not_started' } }],
  ])('%s: 1 identity read, 1 read of the confirmed outcomes + 3 aggregates', async (_who, openid, input) => {
    const { counts } = await measured(openid, input);
    expect(counts).toEqual({ 'database.getDocument': 2, 'database.aggregateDocuments': 3 });
  });

  it('reads the plans once more when the filter names no plan, to find the current one', async () => {
    const { counts } = await measured(OFFICE_OPENID, {});
    expect(counts).toEqual({ 'database.getDocument': 3, 'database.aggregateDocuments': 3 });
  });

  it('counts every one of the items and agrees with core item by item', async () => {
    const { summary } = await measured(OFFICE_OPENID, { filter: { planId: ALL_PLANS } });
    const tasks = await storedTasks(cloud);
    expect(tasks).toHaveLength(SCALE_ITEMS);
    expect(summary.totals).toMatchObject(tally(tasks));
    expect(summary.byAspect.reduce((sum, row) => sum + row.total, 0)).toBe(SCALE_ITEMS);
    expect(summary.progressByMonth.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(0);
    const leader = await measured('o-leader', { filter: { planId: ALL_PLANS } });
    expect(leader.summary.totals).toMatchObject(tally(visibleTo(tasks, viewerOf(unit, 'leader'))));
  });
});
