import { accept, deliveries, fireRunThatDies, fireTimer, inbox, itemsDue, PLATFORM_TIMEOUT_MS, reminderIdOfMessage, reminders, startCrashTestCloud, stored, waitForRun, reminderSuite } from './reminders.support';

/**
 * Subscription messages go out in waves (REMIND_SEND_BATCH): a wave's accepts, `sending` marks and outcomes are one
 * request each. Here a wave is 4 messages, 2 in flight at once: what a person holds still caps what is sent, and a
 * run that dies mid-wave sends nothing twice — the cut-off wave lands in 消息 marked unconfirmed.
 */
const CLOCK = '2027-03-10T01:00:00Z';
const ITEMS = 8;
const WAVE = 4;

const suite = reminderSuite(
  () => startCrashTestCloud({ REMIND_CONCURRENCY: '2', REMIND_SEND_BATCH: String(WAVE) }, 1),
  async ({ cloud, unit }) => {
    await itemsDue(cloud, unit, Array.from({ length: ITEMS }, (_, index) => ({ title: `事项${index + 1}`, dueDay: '2027-03-10' })));
  },
);

async function cadreReminderIds(): Promise<string[]> {
  return (await reminders(suite.cloud)).filter((reminder) => reminder.memberId === suite.unit.people.cadre.id).map((reminder) => reminder._id);
}

it('spends a wave’s accepts in one write per template and count, and sends each once', async () => {
  await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], ITEMS + 2);
  // A rule that adds nothing counts the writes to subscriptions.
  suite.cloud.faults.add({ match: { action: 'database.modifyDocument', collection: 'subscriptions' }, reply: { latencyMs: 0 } });
  expect(await fireTimer(suite.cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  expect(suite.cloud.outbox.list()).toHaveLength(ITEMS);
  // Two waves of 4 for one person: two conditional decrements, not eight.
  expect(suite.cloud.faults.list()[0]?.seen).toBe(ITEMS / WAVE);
  const [subscription] = (await stored<{ _id: string; quota: { deadline: number } }>(suite.cloud, 'subscriptions')).filter((doc) => doc._id === suite.unit.people.cadre.id);
  expect(subscription?.quota.deadline).toBe(2);
}, 60_000);

it('a person holding fewer accepts than reminders in a wave: as many sent as held, the rest in 消息', async () => {
  await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 3);
  expect(await fireTimer(suite.cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  expect(suite.cloud.outbox.list()).toHaveLength(3);
  const places = await deliveries(suite.cloud);
  const ids = await cadreReminderIds();
  expect(ids).toHaveLength(ITEMS);
  for (const id of ids) expect(places.get(id)).toHaveLength(1);
  expect((await inbox(suite.cloud)).filter((message) => message.reason === 'no_quota')).toHaveLength(ITEMS - 3);
  const [subscription] = (await stored<{ _id: string; quota: { deadline: number } }>(suite.cloud, 'subscriptions')).filter((doc) => doc._id === suite.unit.people.cadre.id);
  expect(subscription?.quota.deadline).toBe(0);
}, 60_000);

it('a run that dies in the middle of its second wave: nothing sent twice; that wave in 消息, unconfirmed', async () => {
  await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], ITEMS + 2);
  suite.cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send' }, skip: WAVE + 1, times: 1, reply: { latencyMs: PLATFORM_TIMEOUT_MS + 1000 } });
  await fireRunThatDies(suite.cloud, CLOCK);
  expect(await fireTimer(suite.cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  await waitForRun(suite.cloud, 'daily-2027-03-10');

  const sentIds = suite.cloud.outbox.list().map(reminderIdOfMessage);
  expect(new Set(sentIds).size).toBe(sentIds.length);
  const places = await deliveries(suite.cloud);
  const ids = await cadreReminderIds();
  const unconfirmed = new Set((await inbox(suite.cloud)).filter((message) => message.reason === 'unconfirmed').map((message) => message._id));
  expect(unconfirmed.size).toBe(WAVE);
  for (const id of ids) {
    if (unconfirmed.has(id)) expect(places.get(id)).toContain('inbox');
    else expect(places.get(id)).toEqual(['outbox']);
  }
}, 60_000);
