import type { Emulator } from '../../emulator';
import type { ListTasksOutput } from '../../core/actions/tasks';
import { ALL_PLANS } from '../../core/plans/scope';
import { callApi, expectOk, startLocalCloud } from '../support/local-cloud';
import { importItems, manyItems, setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';

const SCALE_ITEMS = 1040;

/**
 * A list answer costs at most 2 database round trips of its own — the page and the counts — besides the one
 * identity read every action makes, whatever the number of items (one more, to find the current plan, when the
 * filter names no plan): counted by the local cloud for every request
 * the SDK sends.
 */
describe(`the list over ${SCALE_ITEMS} items`, () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    await importItems(cloud, unit, manyItems(SCALE_ITEMS));
  }, 60_000);
  afterAll(async () => {
    await cloud.close();
  });

  /** The requests one call sent to the database, by kind. */
  async function measured(openid: string, input: unknown): Promise<{ counts: Record<string, number>; page: ListTasksOutput }> {
    cloud.stats.reset();
    const page = await expectOk(cloud, openid, 'tasks.list', input);
    return { counts: cloud.stats.counts(), page };
  }

  it.each([
    ['the office', 'o-office', { filter: { planId: ALL_PLANS } }],
    ['a cadre', 'o-cadre', { filter: { planId: ALL_PLANS } }],
    ['a leader, overdue only', 'o-leader', { filter: { planId: ALL_PLANS, overdueOnly: true } }],
    ['a named owner, one department and status', 'o-named', { filter: { planId: ALL_PLANS, status: 'not_started', departmentId: 'x' } }],
  ])('first page with counts for %s: 1 identity read + 1 page query + 1 aggregate', async (_who, openid, input) => {
    const { counts, page } = await measured(openid, input);
    expect(counts).toEqual({ 'database.getDocument': 2, 'database.aggregateDocuments': 1 });
    expect(page.counts).not.toBeNull();
  });

  it('reads the plans once more when the filter names no plan, to find the current one', async () => {
    const { counts, page } = await measured('o-office', {});
    expect(counts).toEqual({ 'database.getDocument': 3, 'database.aggregateDocuments': 1 });
    expect(page.items).toHaveLength(20);
  });

  it('answers every further page in 1 identity read + 1 page query, through all items without skipping', async () => {
    let cursor: string | null = null;
    const seen = new Set<string>();
    let pages = 0;
    do {
      const { counts, page }: { counts: Record<string, number>; page: ListTasksOutput } = await measured('o-office', { filter: { planId: ALL_PLANS }, cursor, withCounts: false });
      expect(counts).toEqual({ 'database.getDocument': 2 });
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(seen.size).toBe(SCALE_ITEMS);
    expect(pages).toBe(Math.ceil(SCALE_ITEMS / 20));
  }, 60_000);

  it('counts all items of every status in the one aggregate', async () => {
    const { page } = await measured('o-secretary', {});
    expect(Object.values(page.counts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(SCALE_ITEMS);
    expect(await callApi(cloud, 'o-outsider', 'tasks.list', {})).toMatchObject({ ok: true });
  });
});
