import { expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { testClock } from '../support/test-clock';
import { accept, deliveries, fireTimer, itemsDue, reminders, waitForRun, reminderSuite } from './reminders.support';

/**
 * A run of a day records until when everything of that day is claimed; a later run of the same day (the office's
 * 立即运行 after the 09:00 run) reads only the items changed since, unless the roster changed, and so costs a few
 * database requests when nothing changed — without missing what did.
 */
const CLOCK = '2027-03-10T01:00:00Z';
const DAY = '2027-03-10';

const suite = reminderSuite(() => startLocalCloud());

const databaseTrips = () => Object.entries(suite.cloud.stats.counts()).reduce((sum, [action, count]) => (action.startsWith('database.') ? sum + count : sum), 0);

/** A second run of the timer's day, as the office's 立即运行 starts one (its own run, on the same clock); answers its database requests. */
async function rerunSameDay(id: string): Promise<{ trips: number; counts: Record<string, number> }> {
  const now = new Date();
  await sdkDatabase(suite.cloud)
    .collection('reminder_runs')
    .add({ data: { _id: id, kind: 'manual', clock: new Date(CLOCK), day: DAY, state: 'running', phase: 'recover', cursor: null, leaseOwner: null, leaseUntil: 0, invocations: 0, counts: { sent: 0, inbox: 0, digest: 0, retry: 0, recovered: 0 }, requestedById: null, requestedByName: null, startedAt: now, updatedAt: now, finishedAt: null } });
  suite.cloud.stats.reset();
  await suite.cloud.invokeFunction('remind', { runId: id }, { SOURCE: 'wx_cloud' });
  const trips = databaseTrips();
  const run = await waitForRun(suite.cloud, id);
  return { trips, counts: run.counts as unknown as Record<string, number> };
}

async function firstRun(): Promise<string[]> {
  const ids = await itemsDue(suite.cloud, suite.unit, [{ title: '今天到期', dueDay: DAY }, { title: '已逾期', dueDay: '2027-03-01' }, { title: '尚早', dueDay: '2027-05-01' }]);
  await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 10);
  // The plan was imported a while before the 09:00 run.
  testClock.advance(10 * 60_000);
  expect(await fireTimer(suite.cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  expect(suite.cloud.outbox.list()).toHaveLength(2);
  return ids;
}

it('with nothing changed since the day’s run: at most 10 database requests, nothing delivered again', async () => {
  await firstRun();
  const before = (await reminders(suite.cloud)).length;
  const { trips, counts } = await rerunSameDay('manual-rerun-quiet');
  expect(trips).toBeLessThanOrEqual(10);
  expect(counts).toMatchObject({ sent: 0, inbox: 0, digest: 0 });
  expect(await reminders(suite.cloud)).toHaveLength(before);
  expect(suite.cloud.outbox.list()).toHaveLength(2);
});

it('an item changed since the day’s run is read again: a newly named 责任人 is reminded, nobody twice', async () => {
  const [dueToday] = await firstRun();
  await expectOk(suite.cloud, suite.unit.people.office.openid, 'tasks.assign', { taskId: dueToday, version: 1, departmentIds: [suite.unit.departments['总编室']], leaderId: suite.unit.people.leader.id, assigneeIds: [suite.unit.people.named.id] });
  await accept(suite.cloud, suite.unit.people.named.openid, ['deadline']);
  await rerunSameDay('manual-rerun-changed');
  const sent = suite.cloud.outbox.list();
  expect(sent.map((message) => message.touser)).toEqual([suite.unit.people.cadre.openid, suite.unit.people.cadre.openid, suite.unit.people.named.openid]);
  expect(sent[2]?.page).toContain(dueToday as string);
  for (const places of (await deliveries(suite.cloud)).values()) expect(places).toHaveLength(1);
});

it('a roster change since the day’s run makes the rerun read every item: a cadre who joined the department is reminded', async () => {
  await firstRun();
  const { member } = await expectOk(suite.cloud, suite.unit.people.office.openid, 'roster.upsertMember', { name: '新干部', roles: ['cadre'], departmentIds: [suite.unit.departments['总编室']], active: true });
  await rerunSameDay('manual-rerun-roster');
  const joined = (await reminders(suite.cloud)).filter((reminder) => reminder.memberId === member.id);
  // Not bound to WeChat yet: both of the department's due items reach them in 消息.
  expect(joined.map((reminder) => [reminder.rule, reminder.state, reminder.reason]).sort()).toEqual([
    ['due_today', 'inbox', 'unbound'],
    ['overdue', 'inbox', 'unbound'],
  ]);
  expect(suite.cloud.outbox.list()).toHaveLength(2);
});
