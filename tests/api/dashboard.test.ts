import type { Emulator } from '../../emulator';
import type { DashboardSummaryOutput } from '../../core/actions/dashboard';
import { DASHBOARD_MONTHS } from '../../core/dashboard/model';
import { lastMonths, monthRange } from '../../core/dashboard/months';
import { NO_DEPARTMENT_LABEL, NO_LEADER_LABEL } from '../../core/dashboard/rollup';
import { percent } from '../../core/figures/figures';
import { TASK_STATUSES } from '../../core/tasks/status';
import { readFigureGroups } from '../../server/dashboard/dashboard-queries';
import { beijingDay } from '../../core/time';
import { callApi, expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, dayFromToday, importItems, setUpPeople } from '../support/task-fixture';
import type { ItemSpec, PersonKey, Unit } from '../support/task-fixture';
import { addPosts, colourOf, storedTasks, tally, viewerOf, visibleTo } from '../support/dashboard-fixture';
import type { StoredTask } from '../support/dashboard-fixture';
import { testNow } from '../support/test-clock';

// Items spread over both leaders, the secretary and none; departments alone, together and none; every colour.
const ITEMS: ItemSpec[] = [
  { leader: 'leader', departments: ['总编室'], due: -10, aspect: 0 },
  { leader: 'leader', departments: ['总编室'], due: 3, aspect: 0 },
  { leader: 'leader2', departments: ['财务室'], due: 40, aspect: 1 },
  { leader: 'leader2', departments: ['总编室', '财务室'], due: -3, aspect: 1 },
  { leader: null, departments: ['办公室'], due: null, aspect: 2 },
  { leader: 'secretary', departments: ['办公室'], due: 60, aspect: 2 },
  { leader: 'leader', departments: ['财务室'], due: null, longTerm: true, aspect: 3 },
  { leader: 'leader', departments: ['总编室'], due: 100, aspect: 3 },
  { leader: 'leader2', departments: [], due: -1, aspect: 0 },
  { leader: 'leader', departments: ['办公室'], due: 0, aspect: 1 },
  { leader: 'secretary', departments: ['办公室'], due: -2, aspect: 2 },
];

const OPENIDS: Record<PersonKey, string> = { office: OFFICE_OPENID, secretary: 'o-secretary', leader: 'o-leader', leader2: 'o-leader2', cadre: 'o-cadre', outsider: 'o-outsider', named: 'o-named' };

describe('dashboard.summary', () => {
  let cloud: Emulator;
  let unit: Unit;
  let ids: string[];
  let planId: string;
  let tasks: StoredTask[];
  const summaryOf = (person: PersonKey, filter: unknown = {}) => expectOk(cloud, OPENIDS[person], 'dashboard.summary', { filter });

  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    ({ planId, ids } = await importItems(cloud, unit, ITEMS));
    await arrangeTask(cloud, ids[5] as string, { status: 'closed', closedAt: testNow() });
    await arrangeTask(cloud, ids[6] as string, { status: 'long_term', closedAt: testNow(), nextReviewDue: dayFromToday(-5) });
    await arrangeTask(cloud, ids[7] as string, { status: 'pending_review' });
    await arrangeTask(cloud, ids[2] as string, { status: 'in_progress', assigneeIds: [unit.people.named.id] });
    tasks = await storedTasks(cloud);
  }, 60_000);
  afterAll(async () => {
    await cloud.close();
  });

  /** Every figure of `summary` against the items core says `person` sees. */
  function expectFigures(summary: DashboardSummaryOutput, seen: StoredTask[]) {
    const now = testNow();
    const all = tally(seen, now);
    expect(summary.totals).toMatchObject({ ...all, rate: percent(all.done, all.total) });
    for (const status of TASK_STATUSES) expect(summary.byStatus[status]).toBe(seen.filter((task) => task.status === status).length);
    for (const colour of ['green', 'yellow', 'red', 'none'] as const) expect(summary.byColour[colour]).toBe(seen.filter((task) => colourOf(task, now) === colour).length);

    const aspects = [...new Set(seen.map((task) => `${task.planId}:${task.aspectIndex}`))];
    expect(summary.byAspect.map((row) => row.key).sort()).toEqual(aspects.sort());
    for (const row of summary.byAspect) {
      const members = seen.filter((task) => `${task.planId}:${task.aspectIndex}` === row.key);
      expect(row).toMatchObject({ ...tally(members, now), label: members[0]?.aspectTitle });
    }
    const departmentName = Object.fromEntries(Object.entries(unit.departments).map(([name, id]) => [id, name]));
    for (const row of summary.byDepartment) {
      const members = seen.filter((task) => (row.key === '' ? task.departmentIds.length === 0 : task.departmentIds.includes(row.key)));
      expect(row).toMatchObject({ ...tally(members, now), label: row.key === '' ? NO_DEPARTMENT_LABEL : departmentName[row.key] });
    }
    expect(summary.byDepartment.map((row) => row.key).sort()).toEqual([...new Set(seen.flatMap((task) => (task.departmentIds.length > 0 ? task.departmentIds : [''])))].sort());
    const leaderName = Object.fromEntries(Object.values(unit.people).map((person) => [person.id, person.name]));
    for (const row of summary.byLeader) {
      const members = seen.filter((task) => (task.leaderId ?? '') === row.key);
      expect(row).toMatchObject({ ...tally(members, now), label: row.key === '' ? NO_LEADER_LABEL : leaderName[row.key] });
    }
    expect(summary.byLeader.reduce((sum, row) => sum + row.total, 0)).toBe(seen.length);
  }

  it('answers the office every figure of every item, as core decides status, colour and done', async () => {
    const summary = await summaryOf('office');
    expect(summary.scope).toBe('unit');
    expect(summary.totals.total).toBe(ITEMS.length);
    expectFigures(summary, tasks);
    // 已销号 and 长期坚持 are done; a late consolidation report is red but still done.
    expect(summary.totals.done).toBe(2);
    expect(summary.totals.consolidationOverdue).toBe(1);
    expect(summary.byColour).toEqual({ red: 5, yellow: 2, green: 2, none: 2 });
    expect(summary.byAspect.map((row) => row.label)).toEqual(['（一）制度建设方面', '（二）作风建设方面', '（三）工作落实方面', '（四）队伍建设方面']);
    expect(summary.byDepartment[summary.byDepartment.length - 1]).toMatchObject({ key: '', label: NO_DEPARTMENT_LABEL, total: 1 });
  });

  it('answers the secretary the whole unit too, their own 责任领导 row first', async () => {
    const summary = await summaryOf('secretary');
    expect(summary.scope).toBe('unit');
    expectFigures(summary, tasks);
    expect(summary.byLeader[0]).toMatchObject({ key: unit.people.secretary.id, label: '张书记', total: 2, done: 1, overdue: 1 });
    expect(summary.mine).toMatchObject({ total: 2, done: 1, overdue: 1, inProgress: 0, notStarted: 1, rate: 50 });
  });

  it('shows a leader the items they lead, their own row first, with their own figures', async () => {
    const seen = visibleTo(tasks, viewerOf(unit, 'leader'));
    const summary = await summaryOf('leader');
    expect(summary.scope).toBe('own');
    expect(seen).toHaveLength(5);
    expectFigures(summary, seen);
    expect(summary.byLeader[0]?.key).toBe(unit.people.leader.id);
    expect(summary.mine).toMatchObject(tally(seen));
    expect(summary.mine?.total).toBe(5);
    expect(summary.overdue.every((item) => item.mine)).toBe(true);
  });

  it('refuses a cadre: figures are for those who oversee (their items are on 我的事项)', async () => {
    expect(await callApi(cloud, 'o-cadre', 'dashboard.summary', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-named', 'dashboard.summary', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lists overdue items with the caller’s own first, then the longest overdue, each with its id to open', async () => {
    const summary = await summaryOf('secretary');
    const now = testNow();
    const red = tasks.filter((task) => colourOf(task, now) === 'red');
    expect(summary.overdue).toHaveLength(red.length);
    expect(summary.overdue.map((item) => item.id)).toEqual([ids[10], ids[0], ids[6], ids[3], ids[8]]);
    expect(summary.overdue[0]).toMatchObject({ mine: true, daysOverdue: 2, dueDate: dayFromToday(-2) });
    expect(summary.overdue[2]).toMatchObject({ status: 'long_term', daysOverdue: 5 });
    expect(summary.overdue.slice(1).every((item) => !item.mine)).toBe(true);
    const opened = await expectOk(cloud, 'o-secretary', 'tasks.get', { taskId: summary.overdue[1]?.id });
    expect(opened.task.deadlineState.colour).toBe('red');
  });

  it.each([
    ['a department', (u: Unit) => ({ departmentId: u.departments['总编室'] })],
    ['a leader', (u: Unit) => ({ leaderId: u.people.leader2.id })],
    ['an aspect', () => ({ planId: '', aspectIndex: 1 })],
    ['overdue only', () => ({ overdueOnly: true })],
  ])('takes the list’s filter (%s): the same items as tasks.list counts', async (_name, make) => {
    const filter = make(unit) as Record<string, unknown>;
    if (filter.planId === '') filter.planId = planId;
    const [summary, list] = await Promise.all([summaryOf('office', filter), expectOk(cloud, OFFICE_OPENID, 'tasks.list', { filter })]);
    expect(summary.byStatus).toEqual(list.counts);
    expect(summary.totals.total).toBe(Object.values(list.counts ?? {}).reduce((sum, count) => sum + count, 0));
  });

  it('narrows to one status like the list’s status tab', async () => {
    const summary = await summaryOf('office', { status: 'not_started' });
    expect(summary.totals.total).toBe(tasks.filter((task) => task.status === 'not_started').length);
    expect(summary.byStatus.closed).toBe(0);
  });

  it('refuses a filter the list would refuse', async () => {
    expect(await callApi(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { colour: 'red' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('counts progress posts per Beijing month over the last 12 months, only on items the caller sees', async () => {
    const months = lastMonths(testNow(), DASHBOARD_MONTHS);
    const current = monthRange(months[11] as string);
    const previous = monthRange(months[10] as string);
    const oldest = monthRange(months[0] as string);
    const second = (instant: Date, seconds: number) => new Date(instant.getTime() + seconds * 1000);
    await addPosts(cloud, [
      // The first second of this month in Beijing is still last month in UTC.
      { taskId: ids[0] as string, at: second(current.start, 1) },
      { taskId: ids[1] as string, at: second(current.start, 2) },
      { taskId: ids[0] as string, at: second(current.start, -1) },
      { taskId: ids[2] as string, at: second(previous.start, 60) },
      { taskId: ids[9] as string, at: second(oldest.start, 5) },
      // Thirteen months ago: out of the trend.
      { taskId: ids[9] as string, at: second(oldest.start, -5) },
    ]);
    const office = await summaryOf('office');
    expect(office.progressByMonth.map((entry) => entry.month)).toEqual(months);
    const count = (summary: DashboardSummaryOutput, month: string) => summary.progressByMonth.find((entry) => entry.month === month)?.count;
    expect(count(office, current.month)).toBe(2);
    expect(count(office, previous.month)).toBe(2);
    expect(count(office, oldest.month)).toBe(1);
    expect(office.progressByMonth.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
    // leader2's item is not the leader's: its post does not count for them.
    const leader = await summaryOf('leader');
    expect(count(leader, previous.month)).toBe(1);
    expect(leader.progressByMonth.reduce((sum, entry) => sum + entry.count, 0)).toBe(4);
    // And a filter narrows the posts with the items.
    const filtered = await summaryOf('office', { departmentId: unit.departments['财务室'] });
    expect(filtered.progressByMonth.reduce((sum, entry) => sum + entry.count, 0)).toBe(1);
  });

  it('pages the grouped figures, sorted, when there are more combinations than one answer holds', async () => {
    const db = sdkDatabase(cloud);
    const today = beijingDay(testNow());
    const key = (group: { planId: string; aspectIndex: number; leaderId: string | null; departmentIds: string[]; status: string; colour: string; count: number }) =>
      JSON.stringify([group.planId, group.aspectIndex, group.leaderId, group.departmentIds, group.status, group.colour, group.count]);
    const whole = await readFigureGroups(db, {}, today, 7);
    const paged = await readFigureGroups(db, {}, today, 7, 3);
    expect(whole.length).toBeGreaterThan(3);
    expect(paged.map(key).sort()).toEqual(whole.map(key).sort());
    expect(new Set(paged.map(key)).size).toBe(paged.length);
  });
});
