import type { Emulator } from '../../emulator';
import { setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { accept, deliveries, fireRunThatDies, fireTimer, inbox, itemsDue, PLATFORM_TIMEOUT_MS, reminderIdOfMessage, reminders, startCrashTestCloud, stored, waitForRun } from './reminders.support';

/**
 * Subscription messages go out in waves (REMIND_SEND_BATCH): a wave's accepts, `sending` marks and outcomes are one
 * request each. Here a wave is 4 messages, 2 in flight at once: what a person holds still caps what is sent, and a
 * run that dies mid-wave sends nothing twice — the cut-off wave lands in 消息 marked unconfirmed.
 */
const CLOCK = '2027-03-10T01:00:00Z';
const ITEMS = 8;
const WAVE = 4;

let cloud: Emulator;
let unit: Unit;

beforeAll(async () => {
  cloud = await startCrashTestCloud({ REMIND_CONCURRENCY: '2', REMIND_SEND_BATCH: String(WAVE) }, 1);
});
beforeEach(async () => {
  cloud.faults.clear();
  await cloud.reset();
  unit = await setUpPeople(cloud);
  await itemsDue(cloud, unit, Array.from({ length: ITEMS }, (_, index) => ({ title: `事项${index + 1}`, dueDay: '2027-03-10' })));
});
afterAll(async () => {
  await cloud.close();
});


async function cadreReminderIds(): Promise<string[]> {
  return (await reminders(cloud)).filter((reminder) => reminder.memberId === unit.people.cadre.id).map((reminder) => reminder._id);
}

it('spends a wave’s accepts in one write per template and count, and sends each once', async () => {
  await accept(cloud, unit.people.cadre.openid, ['deadline'], ITEMS + 2);
  // A rule that adds nothing counts the writes to subscriptions.
  cloud.faults.add({ match: { action: 'database.modifyDocument', collection: 'subscriptions' }, reply: { latencyMs: 0 } });
  expect(await fireTimer(cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  expect(cloud.outbox.list()).toHaveLength(ITEMS);
  // Two waves of 4 for one person: two conditional decrements, not eight.
  expect(cloud.faults.list()[0]?.seen).toBe(ITEMS / WAVE);
  const [subscription] = (await stored<{ _id: string; quota: { deadline: number } }>(cloud, 'subscriptions')).filter((doc) => doc._id === unit.people.cadre.id);
  expect(subscription?.quota.deadline).toBe(2);
}, 60_000);

it('a person holding fewer accepts than reminders in a wave: as many sent as held, the rest in 消息', async () => {
  await accept(cloud, unit.people.cadre.openid, ['deadline'], 3);
  expect(await fireTimer(cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  expect(cloud.outbox.list()).toHaveLength(3);
  const places = await deliveries(cloud);
  const ids = await cadreReminderIds();
  expect(ids).toHaveLength(ITEMS);
  for (const id of ids) expect(places.get(id)).toHaveLength(1);
  expect((await inbox(cloud)).filter((message) => message.reason === 'no_quota')).toHaveLength(ITEMS - 3);
  const [subscription] = (await stored<{ _id: string; quota: { deadline: number } }>(cloud, 'subscriptions')).filter((doc) => doc._id === unit.people.cadre.id);
  expect(subscription?.quota.deadline).toBe(0);
}, 60_000);

it('a run that dies in the middle of its second wave: nothing sent twice; that wave in 消息, unconfirmed', async () => {
  await accept(cloud, unit.people.cadre.openid, ['deadline'], ITEMS + 2);
  cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send' }, skip: WAVE + 1, times: 1, reply: { latencyMs: PLATFORM_TIMEOUT_MS + 1000 } });
  await fireRunThatDies(cloud, CLOCK);
  expect(await fireTimer(cloud, CLOCK)).toMatchObject({ ok: true, data: { outcome: 'done' } });
  await waitForRun(cloud, 'daily-2027-03-10');

  const sentIds = cloud.outbox.list().map(reminderIdOfMessage);
  expect(new Set(sentIds).size).toBe(sentIds.length);
  const places = await deliveries(cloud);
  const ids = await cadreReminderIds();
  const unconfirmed = new Set((await inbox(cloud)).filter((message) => message.reason === 'unconfirmed').map((message) => message._id));
  expect(unconfirmed.size).toBe(WAVE);
  for (const id of ids) {
    if (unconfirmed.has(id)) expect(places.get(id)).toContain('inbox');
    else expect(places.get(id)).toEqual(['outbox']);
  }
}, 60_000);
