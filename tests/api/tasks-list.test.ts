import type { Emulator } from '../../emulator';
import type { ListTasksOutput, TaskFilter } from '../../core/actions/tasks';
import { TASK_PAGE_SIZE } from '../../core/actions/tasks';
import { ROLES } from '../../core/roles';
import type { Role } from '../../core/roles';
import { maySeeTask } from '../../core/tasks/access';
import { isOverdue } from '../../core/tasks/deadline';
import { TASK_STATUSES } from '../../core/tasks/status';
import type { TaskStatus } from '../../core/tasks/status';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { ALL_PLANS } from '../../core/plans/scope';
import { PERSON_SPECS, arrangeTask, dayFromToday, importItems, manyItems, setUpPeople } from '../support/task-fixture';
import type { PersonKey, Unit } from '../support/task-fixture';
import { testNow } from '../support/test-clock';

interface StoredTask {
  _id: string;
  planId: string;
  seq: number;
  aspectIndex: number;
  status: TaskStatus;
  dueDate: string | null;
  nextReviewDue: string | null;
  leaderId: string | null;
  departmentIds: string[];
  assigneeIds: string[];
}
interface StoredMember {
  _id: string;
  name: string;
  roles: Role[];
  departmentIds: string[];
}

/** 我的事项: who sees what, filters, order, pages and counts. */
describe('the list of items', () => {
  let cloud: Emulator;
  let unit: Unit;
  let planId: string;
  let otherPlanId: string;
  let tasks: StoredTask[];
  let members: Map<string, StoredMember>;

  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    const plan = await importItems(cloud, unit, manyItems(47));
    planId = plan.planId;
    // States a plan reaches after a while: items worked on, at review, closed, under 长期坚持 — some late.
    const [a, b, c, d, e, f, g, h] = plan.ids as string[];
    await arrangeTask(cloud, a as string, { status: 'in_progress' });
    await arrangeTask(cloud, b as string, { status: 'pending_review', assigneeIds: [unit.people.named.id] });
    await arrangeTask(cloud, c as string, { status: 'pending_signoff' });
    await arrangeTask(cloud, d as string, { status: 'closed', dueDate: dayFromToday(-40) });
    await arrangeTask(cloud, e as string, { status: 'long_term', nextReviewDue: dayFromToday(-2) });
    await arrangeTask(cloud, f as string, { status: 'long_term', nextReviewDue: dayFromToday(60) });
    await arrangeTask(cloud, g as string, { assigneeIds: [unit.people.named.id, unit.people.outsider.id] });
    await arrangeTask(cloud, h as string, { status: 'in_progress', dueDate: dayFromToday(-1) });
    otherPlanId = (await importItems(cloud, unit, [{ due: 3 }, { due: null, departments: ['财务室'] }])).planId;
    tasks = (await collectionSnapshot(cloud, 'tasks')) as StoredTask[];
    members = new Map(((await collectionSnapshot(cloud, 'members')) as StoredMember[]).map((member) => [member._id, member]));
  });
  afterAll(async () => {
    await cloud.close();
  });

  const viewer = (key: PersonKey) => {
    const member = members.get(unit.people[key].id) as StoredMember;
    return { id: member._id, roles: member.roles, departmentIds: member.departmentIds };
  };
  const byDeadline = (a: StoredTask, b: StoredTask) =>
    (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.planId.localeCompare(b.planId) || a.seq - b.seq;
  const expected = (key: PersonKey, keep: (task: StoredTask) => boolean = () => true) =>
    tasks.filter((task) => maySeeTask(viewer(key), task) && keep(task)).sort(byDeadline).map((task) => task._id);

  /** Every page of a list, as "load more" fetches them; the pages as they came. Both plans unless the filter names one. */
  async function allPages(openid: string, filter: TaskFilter = {}): Promise<ListTasksOutput[]> {
    const pages: ListTasksOutput[] = [];
    let cursor: string | null = null;
    do {
      const page: ListTasksOutput = await expectOk(cloud, openid, 'tasks.list', { filter: { planId: ALL_PLANS, ...filter }, cursor, withCounts: cursor === null });
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 20);
    return pages;
  }
  const ids = (pages: ListTasksOutput[]) => pages.flatMap((page) => page.items.map((item) => item.id));

  it('asks as one person of every role, so a new role cannot get an empty list while each item opens', () => {
    const held = new Set<Role>(Object.values(PERSON_SPECS).flatMap((spec) => spec.roles));
    expect(ROLES.filter((role) => !held.has(role))).toEqual([]);
  });

  it.each(Object.keys(PERSON_SPECS) as PersonKey[])('shows %s exactly the items they may see, by deadline, undated last', async (key) => {
    const pages = await allPages(PERSON_SPECS[key].openid);
    expect(ids(pages)).toEqual(expected(key));
    expect(ids(pages).length).toBeGreaterThan(0);
  });

  it('shows the current plan (the newest import, until the office chooses) when the filter names none', async () => {
    const { items } = await expectOk(cloud, 'o-office', 'tasks.list', {});
    expect(items.map((item) => item.id).sort()).toEqual(tasks.filter((task) => task.planId === otherPlanId).map((task) => task._id).sort());
  });

  it('gives a cadre their departments’ items and those naming them, and nothing of other departments', async () => {
    const outsider = ids(await allPages('o-outsider'));
    const finance = unit.departments['财务室'] as string;
    const named = tasks.filter((task) => task.assigneeIds.includes(unit.people.outsider.id)).map((task) => task._id);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(outsider).toContain(id);
    for (const id of outsider) {
      const task = tasks.find((candidate) => candidate._id === id) as StoredTask;
      expect(task.departmentIds.includes(finance) || task.assigneeIds.includes(unit.people.outsider.id)).toBe(true);
    }
  });

  it('pages 20 at a time with an opaque cursor, never skipping or repeating an item', async () => {
    const pages = await allPages('o-office');
    expect(pages.map((page) => page.items.length)).toEqual([TASK_PAGE_SIZE, TASK_PAGE_SIZE, tasks.length - 2 * TASK_PAGE_SIZE]);
    expect(new Set(ids(pages)).size).toBe(tasks.length);
    expect(pages[0]?.nextCursor).not.toMatch(/\|/);
    expect(pages.slice(1).every((page) => page.counts === null)).toBe(true);
    const last = pages[pages.length - 1]?.items ?? [];
    expect(last.slice(-1)[0]?.dueDate).toBeNull();
  });

  it('filters by status, plan, 方面, department, leader and overdue — each exactly', async () => {
    const cases: [TaskFilter, (task: StoredTask) => boolean][] = [
      [{ status: 'in_progress' }, (task) => task.status === 'in_progress'],
      [{ planId: otherPlanId }, (task) => task.planId === otherPlanId],
      [{ planId, aspectIndex: 2 }, (task) => task.planId === planId && task.aspectIndex === 2],
      [{ departmentId: unit.departments['财务室'] }, (task) => task.departmentIds.includes(unit.departments['财务室'] as string)],
      [{ leaderId: unit.people.leader2.id }, (task) => task.leaderId === unit.people.leader2.id],
      [{ overdueOnly: true }, (task) => isOverdue(task, testNow())],
      [{ overdueOnly: true, departmentId: unit.departments['总编室'], status: 'not_started' }, (task) => isOverdue(task, testNow()) && task.status === 'not_started' && task.departmentIds.includes(unit.departments['总编室'] as string)],
    ];
    for (const [filter, keep] of cases) {
      expect(ids(await allPages('o-secretary', filter))).toEqual(expected('secretary', keep));
      expect(ids(await allPages('o-cadre', filter))).toEqual(expected('cadre', keep));
    }
    // The overdue filter holds what the red badge says: a late 长期坚持 report, a late open item, nothing closed or undated.
    const overdue = (await allPages('o-office', { overdueOnly: true })).flatMap((page) => page.items);
    expect(overdue.length).toBeGreaterThan(3);
    expect(overdue.every((item) => item.deadlineState.colour === 'red')).toBe(true);
    expect(overdue.map((item) => item.status)).toContain('long_term');
    expect(overdue.map((item) => item.status)).not.toContain('closed');
  });

  it('counts per status over what the caller sees under the filters — the status filter left out, so every tab keeps its figure', async () => {
    const countsOf = (key: PersonKey, keep: (task: StoredTask) => boolean = () => true) =>
      Object.fromEntries(TASK_STATUSES.map((status) => [status, tasks.filter((task) => maySeeTask(viewer(key), task) && keep(task) && task.status === status).length]));
    const office = await expectOk(cloud, 'o-office', 'tasks.list', { filter: { planId: ALL_PLANS } });
    expect(office.counts).toEqual(countsOf('office'));
    expect((await expectOk(cloud, 'o-office', 'tasks.list', { filter: { planId: ALL_PLANS, status: 'closed' } })).counts).toEqual(countsOf('office'));
    expect((await expectOk(cloud, 'o-leader', 'tasks.list', { filter: { planId: ALL_PLANS, status: 'closed' } })).counts).toEqual(countsOf('leader'));
    expect((await expectOk(cloud, 'o-named', 'tasks.list', { filter: { planId: ALL_PLANS, overdueOnly: true } })).counts).toEqual(countsOf('named', (task) => isOverdue(task, testNow())));
    expect((await expectOk(cloud, 'o-cadre', 'tasks.list', { withCounts: false })).counts).toBeNull();
  });

  it('answers the caller with the first page when asked, as auth.me does: the first screen of 我的事项 in one call', async () => {
    const first = await expectOk(cloud, 'o-named', 'tasks.list', { withMe: true });
    expect(first.me).toEqual(await expectOk(cloud, 'o-named', 'auth.me', {}));
    expect(first.me?.member.id).toBe(unit.people.named.id);
    expect((await expectOk(cloud, 'o-named', 'tasks.list', {})).me).toBeNull();
    expect(await callApi(cloud, 'o-stranger', 'tasks.list', { withMe: true })).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });

  it('refuses a forged cursor and an unknown filter', async () => {
    expect(await callApi(cloud, 'o-cadre', 'tasks.list', { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-cadre', 'tasks.list', { cursor: Buffer.from('{"k":5}').toString('base64url') })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-cadre', 'tasks.list', { filter: { ownerId: 'x' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-cadre', 'tasks.list', { filter: { status: 'done' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-stranger', 'tasks.list', {})).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });

  it('shows each row with its 方面, departments, deadline colour and latest progress day', async () => {
    const { items } = await expectOk(cloud, 'o-office', 'tasks.list', { filter: { planId: otherPlanId } });
    expect(items[0]).toMatchObject({ aspectTitle: '（一）制度建设方面', departmentNames: ['总编室'], leaderName: '李领导', dueDate: dayFromToday(3), deadlineState: { colour: 'yellow', daysLeft: 3 }, latestProgressAt: null });
    expect(items[1]).toMatchObject({ departmentNames: ['财务室'], dueDate: null, deadlineState: { colour: 'none', label: '无固定时限' } });
    expect(Object.keys(items[0] ?? {})).not.toContain('measures');
  });
});

/** 举一反三 items are items of their own, counted apart from the plan's 问题 (统计 does): the list's counts agree. */
describe('举一反三 items on 我的事项', () => {
  let cloud: Emulator;
  let problems: string[];
  let followUps: string[];

  beforeAll(async () => {
    cloud = await startLocalCloud();
    const unit = await setUpPeople(cloud);
    // 事项1, 6 and 11 are 总编室's (the cadre's); 事项6 and 11 become 举一反三 items found while fixing 事项1.
    const { ids } = await importItems(cloud, unit, manyItems(12));
    const parent = ids[0] as string;
    followUps = [ids[5] as string, ids[10] as string];
    await arrangeTask(cloud, followUps[0] as string, { parentTaskId: parent, status: 'in_progress' });
    await arrangeTask(cloud, followUps[1] as string, { parentTaskId: parent });
    await arrangeTask(cloud, ids[1] as string, { status: 'in_progress' });
    problems = ids.filter((id) => !followUps.includes(id));
  });
  afterAll(async () => {
    await cloud.close();
  });

  const listed = async (openid: string, filter: TaskFilter) => expectOk(cloud, openid, 'tasks.list', { filter });
  const sum = (counts: ListTasksOutput['counts']) => Object.values(counts ?? {}).reduce((total, count) => total + count, 0);

  it('lists the plan’s 问题 under 全部 and counts them as 统计 does, the 举一反三 items counted apart', async () => {
    const all = await listed('o-office', {});
    expect(all.items.map((item) => item.id).sort()).toEqual([...problems].sort());
    expect(sum(all.counts)).toBe(all.items.length);
    expect(all.followUpCount).toBe(2);
    const { totals } = await expectOk(cloud, 'o-office', 'dashboard.summary', { filter: {} });
    expect(sum(all.counts)).toBe(totals.total);
    expect(all.counts?.in_progress).toBe(totals.inProgress);
    expect(all.counts?.not_started).toBe(totals.notStarted);
  });

  it('lists the 举一反三 items when they are chosen, with the same counts on top', async () => {
    const chosen = await listed('o-office', { followUps: true });
    expect(chosen.items.map((item) => item.id).sort()).toEqual([...followUps].sort());
    expect(chosen.followUpCount).toBe(chosen.items.length);
    expect(chosen.counts).toEqual((await listed('o-office', {})).counts);
    expect((await listed('o-office', { followUps: true, status: 'in_progress' })).items.map((item) => item.id)).toEqual([followUps[0]]);
  });

  it('counts for a cadre only what the cadre sees, of both kinds', async () => {
    const cadre = await listed('o-cadre', {});
    expect(cadre.items.every((item) => !followUps.includes(item.id))).toBe(true);
    expect(sum(cadre.counts)).toBe(cadre.items.length);
    expect(cadre.followUpCount).toBe((await listed('o-cadre', { followUps: true })).items.length);
    expect(cadre.followUpCount).toBe(2);
  });

  it('refuses a choice that is not yes or no', async () => {
    expect(await callApi(cloud, 'o-cadre', 'tasks.list', { filter: { followUps: 'yes' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
