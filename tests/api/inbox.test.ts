import type { Emulator } from '../../emulator';
import { INBOX_PAGE_SIZE } from '../../core/reminders/model';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { fireTimer, itemsDue } from './reminders.support';

let cloud: Emulator;
let unit: Unit;
let items: string[];

beforeAll(async () => {
  cloud = await startLocalCloud();
  unit = await setUpPeople(cloud);
  // 25 items overdue on 03-10 and nobody holds an accept: the cadre's inbox gets 25 reminders, the leader one digest.
  items = await itemsDue(cloud, unit, Array.from({ length: 25 }, (_, index) => ({ title: `事项${index + 1}`, dueDay: index < 5 ? '2027-03-02' : '2027-03-09' })));
  await fireTimer(cloud, '2027-03-10T01:00:00Z');
}, 60_000);
afterAll(async () => {
  await cloud.close();
});

describe('inbox.list', () => {
  it('pages the person’s own messages newest first by cursor, with the unread count', async () => {
    const first = await expectOk(cloud, unit.people.cadre.openid, 'inbox.list', {});
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.unread).toBe(25);
    const second = await expectOk(cloud, unit.people.cadre.openid, 'inbox.list', { cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((item) => item.taskId))).toEqual(new Set(items));
    expect(all.every((item) => item.kind === 'reminder' && item.reason === 'no_quota' && !item.read)).toBe(true);
    const late = all.find((item) => item.taskId === items[0]);
    expect(late).toMatchObject({ title: expect.stringMatching(/^【已逾期】事项1/), body: '已逾期8天，请尽快完成整改（时限：2027年3月2日）', day: '2027-03-10' });
  });

  it('gives a leader one digest of every item, the longest overdue first', async () => {
    const { items: messages, unread } = await expectOk(cloud, unit.people.leader.openid, 'inbox.list', {});
    expect(unread).toBe(1);
    expect(messages).toHaveLength(1);
    const [digest] = messages;
    expect(digest).toMatchObject({ kind: 'digest', title: '2027年3月10日整改提醒汇总（25项）', body: '已逾期25项', entryCount: 25, taskId: null });
    expect(digest?.entries.slice(0, 5).map((entry) => entry.taskId).sort()).toEqual(items.slice(0, 5).sort());
    expect(digest?.entries[0]).toMatchObject({ ruleLabel: '已逾期', note: '已逾期8天，请督促尽快完成整改', dueDay: '2027-03-02' });
  });

  it('shows nobody else’s messages', async () => {
    expect(await expectOk(cloud, unit.people.outsider.openid, 'inbox.list', {})).toEqual({ items: [], nextCursor: null, unread: 0 });
  });
});

describe('inbox.markRead', () => {
  it('marks the person’s own messages read and keeps that state', async () => {
    const cadre = unit.people.cadre.openid;
    const { items: page } = await expectOk(cloud, cadre, 'inbox.list', {});
    const ids = page.slice(0, 3).map((item) => item.id);
    expect(await expectOk(cloud, cadre, 'inbox.markRead', { ids })).toEqual({ marked: 3, unread: 22 });
    expect(await expectOk(cloud, cadre, 'inbox.markRead', { ids })).toEqual({ marked: 0, unread: 22 });
    const again = await expectOk(cloud, cadre, 'inbox.list', {});
    expect(again.items.filter((item) => ids.includes(item.id)).every((item) => item.read)).toBe(true);
    expect((await expectOk(cloud, cadre, 'subscriptions.status', {})).unread).toBe(22);
  });

  it('changes nothing of someone else’s messages, even by id', async () => {
    const { items: theirs } = await expectOk(cloud, unit.people.leader.openid, 'inbox.list', {});
    expect(await expectOk(cloud, unit.people.cadre.openid, 'inbox.markRead', { ids: theirs.map((item) => item.id) })).toMatchObject({ marked: 0 });
    expect((await expectOk(cloud, unit.people.leader.openid, 'inbox.list', {})).unread).toBe(1);
  });

  it('marks everything read at once', async () => {
    expect(await expectOk(cloud, unit.people.leader.openid, 'inbox.markRead', { all: true })).toEqual({ marked: 1, unread: 0 });
  });

  describe('refusals', () => {
    it('refuses a WeChat user who is not bound', async () => {
      expect(await callApi(cloud, 'o-nobody', 'inbox.list', {})).toMatchObject({ ok: false, code: 'NOT_BOUND' });
      expect(await callApi(cloud, 'o-nobody', 'inbox.markRead', { all: true })).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    });

    it.each([
      ['neither ids nor all', {}],
      ['both ids and all', { ids: ['x'], all: true }],
      ['an empty list', { ids: [] }],
      ['more than 100 ids', { ids: Array.from({ length: 101 }, (_, index) => `m${index}`) }],
      ['all: false', { all: false }],
      ['a member id', { all: true, memberId: 'x' }],
    ])('refuses markRead with %s and changes nothing', async (_what, input) => {
      const before = await collectionSnapshot(cloud, 'inbox');
      expect(await callApi(cloud, unit.people.cadre.openid, 'inbox.markRead', input)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await collectionSnapshot(cloud, 'inbox')).toEqual(before);
    });

    it('refuses a malformed cursor or unknown fields in inbox.list', async () => {
      expect(await callApi(cloud, unit.people.cadre.openid, 'inbox.list', { cursor: '%%%' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, unit.people.cadre.openid, 'inbox.list', { memberId: unit.people.leader.id })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    });
  });
});
