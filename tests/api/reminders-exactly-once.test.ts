import { expectOk } from '../support/local-cloud';
import { dayFromToday } from '../support/task-fixture';
import { accept, deliveries, fireRunThatDies, fireTimer, inbox, PLATFORM_TIMEOUT_MS, reminderIdOfMessage, reminders, itemsDue, startCrashTestCloud, waitForRun, reminderSuite } from './reminders.support';
import { testNow } from '../support/test-clock';

/**
 * Exactly once, over runs that crash. The platform stops a function at its timeout (3 s here, so a test can wait
 * it out); faults make a run die at a chosen point: while spending an accept, in the middle of a send, or with the
 * connection dropped under a send. Whatever the point, rerunning delivers every reminder once, in one place.
 */
const CLOCK = '2027-03-10T01:00:00Z';
const ITEMS = 8;

// One send at a time and one send a wave, so "after k sends" is exact (tests/api/reminders-waves.test.ts dies mid-wave).
// Two warm instances (bundle loaded, SDK started), so a cold start does not eat a test's short timeout.
const suite = reminderSuite(() => startCrashTestCloud({ REMIND_CONCURRENCY: '1', REMIND_SEND_BATCH: '1' }, 2));

async function dueToday(count = ITEMS): Promise<void> {
  await itemsDue(suite.cloud, suite.unit, Array.from({ length: count }, (_, index) => ({ title: `事项${index + 1}`, dueDay: '2027-03-10' })));
  await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], count + 2);
}

/** Every reminder written, and where each ended up. */
async function placesOfAll(): Promise<{ ids: string[]; places: Map<string, string[]> }> {
  return { ids: (await reminders(suite.cloud)).map((reminder) => reminder._id), places: await deliveries(suite.cloud) };
}

/** The first run dies; the platform's timeout and the late requests pass; the run is fired again and finishes. */
async function dieThenRerun(): Promise<void> {
  await fireRunThatDies(suite.cloud, CLOCK);
  expect(await fireTimer(suite.cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
}

describe.each([0, 3, 7])('a run that dies after %i sends', (k) => {
  it('while spending the next accept: rerun sends each reminder once', async () => {
    await dueToday();
    suite.cloud.faults.add({ match: { action: 'database.modifyDocument', collection: 'subscriptions' }, skip: k, times: 1, reply: { latencyMs: PLATFORM_TIMEOUT_MS + 1000 } });
    await dieThenRerun();
    const { ids, places } = await placesOfAll();
    expect(ids).toHaveLength(ITEMS * 2); // the cadre's messages and the leader's digest entries
    for (const id of ids) expect(places.get(id)).toHaveLength(1);
    expect(suite.cloud.outbox.list()).toHaveLength(ITEMS);
  }, 30_000);

  it('with the connection dropped under the next send: that one to the inbox, unconfirmed; the rest sent once', async () => {
    await dueToday();
    suite.cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send' }, skip: k, times: 1, reply: { drop: true } });
    expect(await fireTimer(suite.cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
    await fireTimer(suite.cloud, '2027-03-10T06:00:00Z');
    const { ids, places } = await placesOfAll();
    for (const id of ids) expect(places.get(id)).toHaveLength(1);
    expect(suite.cloud.outbox.list()).toHaveLength(ITEMS - 1);
    const unconfirmed = (await inbox(suite.cloud)).filter((message) => message.reason === 'unconfirmed');
    expect(unconfirmed).toHaveLength(1);
    expect((await reminders(suite.cloud)).find((reminder) => reminder._id === unconfirmed[0]?._id)).toMatchObject({ state: 'inbox', reason: 'unconfirmed', lastError: { message: expect.stringContaining('socket hang up') } });
  }, 30_000);

  it('in the middle of the next send: never sent twice; the cut-off one also in the inbox, marked unconfirmed', async () => {
    await dueToday();
    suite.cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send' }, skip: k, times: 1, reply: { latencyMs: PLATFORM_TIMEOUT_MS + 1000 } });
    await dieThenRerun();
    const { ids, places } = await placesOfAll();
    const sentIds = suite.cloud.outbox.list().map(reminderIdOfMessage);
    // WeChat got every cadre's message once — including the one in flight when the run died.
    expect(new Set(sentIds).size).toBe(sentIds.length);
    expect(sentIds).toHaveLength(ITEMS);
    const cutOff = (await reminders(suite.cloud)).filter((reminder) => reminder.reason === 'unconfirmed');
    expect(cutOff).toHaveLength(1);
    for (const id of ids) expect(places.get(id)).toEqual(id === cutOff[0]?._id ? ['outbox', 'inbox'] : [expect.any(String)]);
  }, 30_000);
});

describe('runs at the same moment', () => {
  it('the timer fired twice at once: each reminder is sent once, whichever run sends it', async () => {
    await dueToday();
    // Slow sends keep the first at work while the second arrives; on a loaded machine the second may start only
    // after the first is done and find it finished, so its outcome is busy or finished — the sends are what matter.
    suite.cloud.faults.add({ match: { action: 'wx.openApi' }, reply: { latencyMs: 100 } });
    const answers = await Promise.all([fireTimer(suite.cloud, CLOCK), fireTimer(suite.cloud, CLOCK)]);
    const outcomes = answers.map((answer) => (answer.ok ? answer.data.outcome : answer.code));
    expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(1);
    for (const outcome of outcomes) expect(['busy', 'done', 'finished']).toContain(outcome);
    const { ids, places } = await placesOfAll();
    for (const id of ids) expect(places.get(id)).toHaveLength(1);
    expect(suite.cloud.outbox.list()).toHaveLength(ITEMS);
  }, 30_000);

  it('the timer and the office’s 立即运行 twice, all at once: each reminder once', async () => {
    await itemsDue(suite.cloud, suite.unit, Array.from({ length: ITEMS }, () => ({ dueDay: dayFromToday(0) })));
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], ITEMS);
    const office = suite.unit.people.office.openid;
    await Promise.all([fireTimer(suite.cloud, testNow().toISOString()), expectOk(suite.cloud, office, 'reminders.runNow', {}), expectOk(suite.cloud, office, 'reminders.runNow', {})]);
    const runs = (await expectOk(suite.cloud, office, 'reminders.log', {})).runs;
    expect(runs).toHaveLength(3);
    for (const run of runs) await waitForRun(suite.cloud, run.id);
    const { ids, places } = await placesOfAll();
    // Due today for the cadre and the leader (and, from the 25th, the monthly 进展 reminder too).
    expect(ids.length).toBeGreaterThanOrEqual(ITEMS * 2);
    for (const id of ids) expect(places.get(id)).toHaveLength(1);
    expect(suite.cloud.outbox.list()).toHaveLength(ITEMS);
  }, 30_000);
});

describe('a run longer than one invocation', () => {
  it('stops at a checkpoint before the timeout and goes on in new invocations, without gaps or duplicates', async () => {
    const count = 60;
    await dueToday(count);
    // 120 ms a message, one at a time: about 25 messages fit in an invocation's 3.2 s.
    suite.cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send' }, reply: { latencyMs: 120 } });
    const first = await fireTimer(suite.cloud, CLOCK);
    expect(first).toMatchObject({ ok: true, data: { outcome: 'continue' } });
    const run = await waitForRun(suite.cloud, 'daily-2027-03-10', 30_000);
    expect(run.invocations).toBeGreaterThanOrEqual(3);
    const { ids, places } = await placesOfAll();
    expect(ids).toHaveLength(count * 2);
    for (const id of ids) expect(places.get(id)).toHaveLength(1);
    expect(suite.cloud.outbox.list()).toHaveLength(count);
    expect(run.counts).toMatchObject({ sent: count, digest: count });
  }, 60_000);
});
