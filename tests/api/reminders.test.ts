import type { Emulator } from '../../emulator';
import { SUBSCRIPTION_TEMPLATES } from '../../core/reminders/subscription-templates';
import { expectOk, startLocalCloud } from '../support/local-cloud';
import { setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { accept, deliveries, fireTimer, inbox, reminderIdOfMessage, reminders, itemsDue } from './reminders.support';

// 09:00 on 2027-03-10 in Beijing: before the 25th, so only deadline rules speak.
const CLOCK = '2027-03-10T01:00:00Z';
const DEADLINE = SUBSCRIPTION_TEMPLATES.deadline.id;

let cloud: Emulator;
let unit: Unit;

beforeEach(async () => {
  cloud = await startLocalCloud();
  unit = await setUpPeople(cloud);
});
afterEach(async () => {
  await cloud.close();
});

describe('the daily run', () => {
  it('reminds owners by subscription message and everyone else in one digest, by the windows', async () => {
    const [soon, close, today, late, quiet] = await itemsDue(cloud, unit, [
      { title: '七天后到期', dueDay: '2027-03-17' },
      { title: '两天后到期', dueDay: '2027-03-12' },
      { title: '今天到期', dueDay: '2027-03-10' },
      { title: '昨天到期', dueDay: '2027-03-09' },
      { title: '八天后到期', dueDay: '2027-03-18' },
    ]);
    await accept(cloud, unit.people.cadre.openid, ['deadline'], 10);

    const answer = await fireTimer(cloud, CLOCK);
    expect(answer).toMatchObject({ ok: true, data: { outcome: 'done', run: { id: 'daily-2027-03-10', state: 'done' } } });

    const sent = cloud.outbox.list();
    expect(sent.map((message) => message.touser).sort()).toEqual(Array(4).fill(unit.people.cadre.openid));
    const states = sent.map((message) => message.data.phrase3?.value).sort();
    expect(states).toEqual(['临近到期', '今日到期', '即将到期', '已逾期'].sort());
    expect(sent.every((message) => message.templateId === DEADLINE && message.data.date2?.value.match(/^2027年3月\d+日$/))).toBe(true);
    expect(sent.map((message) => new URLSearchParams(message.page?.split('?')[1]).get('id')).sort()).toEqual([soon, close, today, late].sort());
    expect(sent.some((message) => message.page?.includes(quiet as string))).toBe(false);

    const digests = (await inbox(cloud)).filter((message) => message.kind === 'digest');
    const byMember = new Map(digests.map((digest) => [digest.memberId, Object.values(digest.entries ?? {}).map((entry) => entry.taskId).sort()]));
    expect(byMember.get(unit.people.leader.id)).toEqual([close, today, late].sort());
    expect(byMember.get(unit.people.secretary.id)).toEqual([late]);
    expect(byMember.get(unit.people.office.id)).toEqual([late]);
    expect(byMember.has(unit.people.cadre.id)).toBe(false);

    const status = await expectOk(cloud, unit.people.cadre.openid, 'subscriptions.status', {});
    expect(status.templates.find((template) => template.key === 'deadline')?.inHand).toBe(6);
    for (const places of (await deliveries(cloud)).values()) expect(places).toHaveLength(1);
    expect(sent.map(reminderIdOfMessage).every((id) => id.startsWith('r'))).toBe(true);
    expect((await reminders(cloud)).every((reminder) => reminder.state === 'sent' || reminder.state === 'inbox')).toBe(true);
  });
});
