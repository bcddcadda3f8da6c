import { SUBSCRIPTION_TEMPLATES } from '../../core/reminders/subscription-templates';
import { kindOfKey } from '../../core/reminders/message';
import { beijingDay } from '../../core/time';
import { callApi, expectOk, startLocalCloud } from '../support/local-cloud';
import { arrangeTask } from '../support/task-fixture';
import { accept, deliveries, fireTimer, inbox, reminderIdOfMessage, reminders, itemsDue, waitForRun, reminderSuite } from './reminders.support';
import { testNow } from '../support/test-clock';

// 09:00 on 2027-03-10 in Beijing: before the 25th, so only deadline rules speak.
const CLOCK = '2027-03-10T01:00:00Z';
const DEADLINE = SUBSCRIPTION_TEMPLATES.deadline.id;
const PROGRESS = SUBSCRIPTION_TEMPLATES.progress.id;

const suite = reminderSuite(() => startLocalCloud());

const deadlineInHand = async (openid: string) => (await expectOk(suite.cloud, openid, 'subscriptions.status', {})).templates.find((template) => template.key === 'deadline')?.inHand;

describe('the daily run', () => {
  it('reminds owners by subscription message and everyone else in one digest, by the windows', async () => {
    const [soon, close, today, late, quiet] = await itemsDue(suite.cloud, suite.unit, [
      { title: '七天后到期', dueDay: '2027-03-17' },
      { title: '两天后到期', dueDay: '2027-03-12' },
      { title: '今天到期', dueDay: '2027-03-10' },
      { title: '昨天到期', dueDay: '2027-03-09' },
      { title: '八天后到期', dueDay: '2027-03-18' },
    ]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 10);

    const answer = await fireTimer(suite.cloud, CLOCK);
    expect(answer).toMatchObject({ ok: true, data: { outcome: 'done', run: { id: 'daily-2027-03-10', state: 'done' } } });

    const sent = suite.cloud.outbox.list();
    expect(sent.map((message) => message.touser)).toEqual(Array(4).fill(suite.unit.people.cadre.openid));
    expect(sent.map((message) => message.data.phrase3?.value).sort()).toEqual(['临近到期', '今日到期', '即将到期', '已逾期'].sort());
    expect(sent.every((message) => message.templateId === DEADLINE && /^2027年3月\d+日$/.test(message.data.date2?.value ?? ''))).toBe(true);
    expect(sent.map((message) => new URLSearchParams(message.page?.split('?')[1]).get('id')).sort()).toEqual([soon, close, today, late].sort());
    expect(sent.every((message) => message.page?.startsWith('packages/tasks/detail/index?id='))).toBe(true);
    expect(sent.some((message) => message.page?.includes(quiet as string))).toBe(false);

    // Leaders, the secretary and the office: one digest each, not one message per item.
    const digests = (await inbox(suite.cloud)).filter((message) => message.kind === 'digest');
    const byMember = new Map(digests.map((digest) => [digest.memberId, Object.values(digest.entries ?? {}).map((entry) => entry.taskId).sort()]));
    expect(byMember.get(suite.unit.people.leader.id)).toEqual([close, today, late].sort());
    expect(byMember.get(suite.unit.people.secretary.id)).toEqual([late]);
    expect(byMember.get(suite.unit.people.office.id)).toEqual([late]);
    expect([...byMember.keys()].sort()).toEqual([suite.unit.people.leader.id, suite.unit.people.secretary.id, suite.unit.people.office.id].sort());

    expect(await deadlineInHand(suite.unit.people.cadre.openid)).toBe(6);
    for (const places of (await deliveries(suite.cloud)).values()) expect(places).toHaveLength(1);
    expect((await reminders(suite.cloud)).every((reminder) => reminder.state === 'sent' || reminder.state === 'inbox')).toBe(true);
  });

  it('sends nothing twice: the same day fired again, and the next day, remind only what is new', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-12' }, { dueDay: '2027-03-09' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 10);
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list()).toHaveLength(2);
    expect(await fireTimer(suite.cloud, '2027-03-10T05:00:00Z')).toMatchObject({ ok: true, data: { outcome: 'finished' } });
    // Next day: 03-12 is still 临近到期 (same key), 03-09 is still in overdue round 0: nothing new.
    await fireTimer(suite.cloud, '2027-03-11T01:00:00Z');
    expect(suite.cloud.outbox.list()).toHaveLength(2);
    // 03-12 arrives (今日到期) and 03-09 enters its second overdue round (8 days late on 03-17).
    await fireTimer(suite.cloud, '2027-03-12T01:00:00Z');
    const states = () => suite.cloud.outbox.list().map((message) => message.data.phrase3?.value);
    expect(states().slice(2)).toEqual(['今日到期']);
    await fireTimer(suite.cloud, '2027-03-17T01:00:00Z');
    expect(states().slice(3)).toEqual(['已逾期', '已逾期']);
    expect(suite.cloud.outbox.list().slice(3).map((message) => message.data.thing4?.value.slice(0, 5)).sort()).toEqual(['已逾期5天', '已逾期8天']);
  });

  it('decides the day in Beijing: 16:30 UTC is already the next day', async () => {
    const [item] = await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-11' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 3);
    await fireTimer(suite.cloud, '2027-03-10T16:30:00Z');
    const [message] = suite.cloud.outbox.list();
    expect(message?.data.phrase3?.value).toBe('今日到期');
    expect(message?.page).toContain(item as string);
    expect((await reminders(suite.cloud))[0]).toMatchObject({ day: '2027-03-11', rule: 'due_today' });
  });

  it('names 责任人 over the department, and puts an item nobody owns in the office digest', async () => {
    const [named, orphan] = await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10', departments: ['总编室'] }, { dueDay: '2027-03-10', departments: [], leader: null }]);
    await expectOk(suite.cloud, suite.unit.people.office.openid, 'tasks.assign', { taskId: named, version: 1, departmentIds: [suite.unit.departments['总编室']], leaderId: suite.unit.people.leader.id, assigneeIds: [suite.unit.people.named.id] });
    await accept(suite.cloud, suite.unit.people.named.openid, ['deadline']);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline']);
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list().map((message) => message.touser)).toEqual([suite.unit.people.named.openid]);
    const office = (await inbox(suite.cloud)).find((message) => message.memberId === suite.unit.people.office.id);
    expect(Object.values(office?.entries ?? {}).map((entry) => entry.taskId)).toEqual([orphan]);
    // No leader named: the 组长, who reviews in the leader's stead, is reminded.
    const secretary = (await inbox(suite.cloud)).find((message) => message.memberId === suite.unit.people.secretary.id);
    expect(Object.values(secretary?.entries ?? {}).map((entry) => entry.taskId)).toEqual([orphan]);
  });

  it('reminds owners of open items with no progress this month from the 25th, once a month', async () => {
    const [quiet, reported] = await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-12-31' }, { dueDay: '2027-12-31' }]);
    await expectOk(suite.cloud, suite.unit.people.cadre.openid, 'tasks.addProgress', { taskId: reported, text: '已完成制度修订' });
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['progress'], 3);
    // Progress is posted on the real today: move the clock to the 25th of this real month.
    const day25 = `${beijingDay(testNow()).slice(0, 8)}25`;
    await fireTimer(suite.cloud, `${day25}T01:00:00Z`);
    const sent = suite.cloud.outbox.list();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ templateId: PROGRESS, data: { phrase3: { value: '月度进展' }, thing4: { value: '本月尚未报送整改进展，请及时报送' } } });
    expect(sent[0]?.page).toContain(quiet as string);
    await fireTimer(suite.cloud, `${day25.slice(0, 8)}26T01:00:00Z`);
    expect(suite.cloud.outbox.list()).toHaveLength(1);
  });

  it('reminds 长期坚持 items of their consolidation report, owners first and the leader once late', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2026-12-31', status: 'long_term', nextReviewDue: '2027-03-08' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['progress']);
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list()[0]).toMatchObject({ templateId: PROGRESS, data: { phrase3: { value: '巩固报告' }, thing4: { value: '巩固报告已逾期2天，请尽快报送' } } });
    const leader = (await inbox(suite.cloud)).find((message) => message.memberId === suite.unit.people.leader.id);
    expect(Object.values(leader?.entries ?? {}).map((entry) => entry.rule)).toEqual(['consolidation']);
  });

  it('reminds a measure’s own deadline like the item’s, to the measure’s owner, once per measure', async () => {
    const [item] = await itemsDue(suite.cloud, suite.unit, [{ title: '采购管理不规范', dueDay: '2027-06-30' }]);
    const measure = { done: false, note: null };
    await arrangeTask(suite.cloud, item as string, {
      measures: [
        { ...measure, id: 'm1', text: '修订采购管理办法', owner: { id: suite.unit.people.named.id, name: suite.unit.people.named.name }, dueDate: '2027-03-12' },
        // A 责任人 the office did not link to the roster: the item's owners are reminded.
        { ...measure, id: 'm2', text: '清理历史合同', owner: { id: null, name: '某某' }, dueDate: '2027-03-09' },
        { ...measure, id: 'm3', text: '开展专项检查', done: true, dueDate: '2027-03-10' },
        { ...measure, id: 'm4', text: '建立台账' },
      ],
    });
    await accept(suite.cloud, suite.unit.people.named.openid, ['deadline'], 3);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 3);

    await fireTimer(suite.cloud, CLOCK);
    const sent = suite.cloud.outbox.list().map((message) => ({ to: message.touser, subject: message.data.thing1?.value, state: message.data.phrase3?.value, date: message.data.date2?.value }));
    expect(sent).toEqual(
      expect.arrayContaining([
        { to: suite.unit.people.named.openid, subject: expect.stringMatching(/^措施：修订采购管理办法/), state: '临近到期', date: '2027年3月12日' },
        { to: suite.unit.people.cadre.openid, subject: expect.stringMatching(/^措施：清理历史合同/), state: '已逾期', date: '2027年3月9日' },
      ]),
    );
    expect(sent).toHaveLength(2);
    const leader = (await inbox(suite.cloud)).find((message) => message.memberId === suite.unit.people.leader.id);
    expect(Object.values(leader?.entries ?? {}).map((entry) => entry.title).sort()).toEqual([expect.stringMatching(/^措施：修订采购管理办法（采购管理不规范/), expect.stringMatching(/^措施：清理历史合同（采购管理不规范/)]);
    const keys = (await reminders(suite.cloud)).map((reminder) => reminder.key);
    expect(keys.every((key) => /\|m[12]$/.test(key))).toBe(true);

    // The next day nothing is new: the same windows, the same keys.
    await fireTimer(suite.cloud, '2027-03-11T01:00:00Z');
    expect(suite.cloud.outbox.list()).toHaveLength(2);
    for (const places of (await deliveries(suite.cloud)).values()) expect(places).toHaveLength(1);
  });

  it('cuts a title far past 20 characters so the send never fails with 47003', async () => {
    const title = '关于进一步加强新闻宣传阵地管理和意识形态工作责任制落实不到位以及相关制度执行不严格的问题';
    await itemsDue(suite.cloud, suite.unit, [{ title, dueDay: '2027-03-09' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline']);
    await fireTimer(suite.cloud, CLOCK);
    const [message] = suite.cloud.outbox.list();
    for (const [key, { value }] of Object.entries(message?.data ?? {})) if (kindOfKey(key) === 'thing') expect([...value].length).toBeLessThanOrEqual(20);
    expect(message?.data.thing1?.value.endsWith('…')).toBe(true);
    expect((await reminders(suite.cloud)).filter((reminder) => reminder.memberId === suite.unit.people.cadre.id)).toMatchObject([{ state: 'sent', lastError: null }]);
  });
});

describe('when WeChat cannot take a reminder, the inbox does', () => {
  it('no accept in hand: the inbox, and nothing is sent', async () => {
    const [item] = await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10' }]);
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list()).toEqual([]);
    const message = (await inbox(suite.cloud)).find((entry) => entry.memberId === suite.unit.people.cadre.id);
    expect(message).toMatchObject({ kind: 'reminder', taskId: item, reason: 'no_quota', read: false });
    const listed = await expectOk(suite.cloud, suite.unit.people.cadre.openid, 'inbox.list', {});
    expect(listed.unread).toBe(1);
    expect(listed.items[0]).toMatchObject({ kind: 'reminder', taskId: item, title: expect.stringContaining('【今日到期】'), reason: 'no_quota' });
  });

  it('accepts run out: the first reminders by WeChat, the rest in the inbox, the count at 0', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10' }, { dueDay: '2027-03-11' }, { dueDay: '2027-03-12' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 2);
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list()).toHaveLength(2);
    const own = (await reminders(suite.cloud)).filter((reminder) => reminder.memberId === suite.unit.people.cadre.id);
    expect(own.map((reminder) => reminder.reason).sort()).toEqual(['no_quota', null, null].sort());
    expect(await deadlineInHand(suite.unit.people.cadre.openid)).toBe(0);
  });

  it('43101: the inbox, and the count for that template goes to 0', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10' }, { dueDay: '2027-03-11' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 5);
    // WeChat holds no accept for this person, whatever our count says.
    suite.cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send', touser: suite.unit.people.cadre.openid }, reply: { errcode: 43101, errmsg: 'user refuse to accept the msg' } });
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list()).toEqual([]);
    const own = (await reminders(suite.cloud)).filter((reminder) => reminder.memberId === suite.unit.people.cadre.id);
    // Sent side by side both meet 43101; one after the other the second finds the count already at 0.
    expect(own.map((reminder) => reminder.reason)).toContain('refused');
    for (const reminder of own) expect(['refused', 'no_quota']).toContain(reminder.reason);
    expect(own.find((reminder) => reminder.reason === 'refused')?.lastError).toMatchObject({ code: '43101' });
    expect(await deadlineInHand(suite.unit.people.cadre.openid)).toBe(0);
    expect((await inbox(suite.cloud)).filter((message) => message.memberId === suite.unit.people.cadre.id)).toHaveLength(2);
  });

  it('a permanent refusal (bad openid): the inbox at once, the accept given back', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 2);
    suite.cloud.faults.add({ match: { action: 'wx.openApi', touser: suite.unit.people.cadre.openid }, times: 1, reply: { errcode: 40003, errmsg: 'invalid openid' } });
    await fireTimer(suite.cloud, CLOCK);
    expect((await reminders(suite.cloud)).find((reminder) => reminder.memberId === suite.unit.people.cadre.id)).toMatchObject({ state: 'inbox', reason: 'failed', lastError: { code: '40003' } });
    expect(await deadlineInHand(suite.unit.people.cadre.openid)).toBe(2);
  });

  it('system errors: tried again on the next runs up to the cap, then the inbox; never both', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-09' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 5);
    const busy = suite.cloud.faults.add({ match: { action: 'wx.openApi', touser: suite.unit.people.cadre.openid }, reply: { errcode: -1, errmsg: 'system error' } });
    await fireTimer(suite.cloud, CLOCK);
    const own = async () => (await reminders(suite.cloud)).find((reminder) => reminder.memberId === suite.unit.people.cadre.id);
    expect(await own()).toMatchObject({ state: 'retry', attempts: 1 });
    await fireTimer(suite.cloud, '2027-03-11T01:00:00Z');
    expect(await own()).toMatchObject({ state: 'retry', attempts: 2 });
    await fireTimer(suite.cloud, '2027-03-12T01:00:00Z');
    expect(await own()).toMatchObject({ state: 'inbox', reason: 'retry_cap', attempts: 3, lastError: { code: '-1' } });
    suite.cloud.faults.remove(busy);
    await fireTimer(suite.cloud, '2027-03-13T01:00:00Z');
    expect(suite.cloud.outbox.list()).toEqual([]);
    expect(await deadlineInHand(suite.unit.people.cadre.openid)).toBe(5);

    // A system error that clears: the next run delivers it by WeChat.
    await suite.startOver();
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-09' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline']);
    suite.cloud.faults.add({ match: { action: 'wx.openApi', touser: suite.unit.people.cadre.openid }, times: 1, reply: { errcode: -1, errmsg: 'system error' } });
    await fireTimer(suite.cloud, CLOCK);
    await fireTimer(suite.cloud, '2027-03-11T01:00:00Z');
    expect(suite.cloud.outbox.list()).toHaveLength(1);
    expect(await own()).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('the switch off, or WeChat’s own switch off: the inbox, accepts kept', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10', departments: ['总编室'] }, { dueDay: '2027-03-10', departments: ['办公室'] }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline'], 2);
    await accept(suite.cloud, suite.unit.people.named.openid, ['deadline'], 2);
    await expectOk(suite.cloud, suite.unit.people.cadre.openid, 'subscriptions.record', { results: {}, switchOn: false });
    await expectOk(suite.cloud, suite.unit.people.named.openid, 'subscriptions.record', { results: {}, setting: { mainSwitch: false, itemSettings: {} } });
    await fireTimer(suite.cloud, CLOCK);
    expect(suite.cloud.outbox.list()).toEqual([]);
    const reasons = (await reminders(suite.cloud)).filter((reminder) => reminder.channel === 'subscription').map((reminder) => reminder.reason);
    expect(reasons.sort()).toEqual(['switch_off', 'wechat_off']);
    expect(await deadlineInHand(suite.unit.people.cadre.openid)).toBe(2);
  });
});

describe('who may run reminders', () => {
  it('refuses a phone calling the remind function, whatever it sends', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10' }]);
    const asPhone = { OPENID: suite.unit.people.office.openid, SOURCE: 'wx_client' };
    for (const event of [{}, { Type: 'Timer', TriggerName: 'daily', Time: CLOCK }, { runId: 'daily-2027-03-10' }]) {
      expect(await suite.cloud.invokeFunction('remind', event, asPhone)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await suite.cloud.invokeFunction('remind', { runId: 'made-up' }, { SOURCE: 'wx_cloud' })).toMatchObject({ ok: false, code: 'RUN_NOT_FOUND' });
    expect(await reminders(suite.cloud)).toEqual([]);
  });

  it('runs now for the office, on the real clock, and the log shows who got what by which channel', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2026-01-05' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline']);
    const { run } = await expectOk(suite.cloud, suite.unit.people.office.openid, 'reminders.runNow', {});
    expect(run).toMatchObject({ kind: 'manual', state: 'done', requestedByName: '陈办公', counts: { sent: 1 } });
    const done = await waitForRun(suite.cloud, run.id);
    expect(done.invocations).toBe(1);

    const log = await expectOk(suite.cloud, suite.unit.people.office.openid, 'reminders.log', {});
    expect(log.runs[0]).toMatchObject({ id: run.id, state: 'done' });
    // On the real clock: from the 25th the cadre also has the monthly 进展 reminder (no accept for it: the inbox).
    const cadre = log.entries.find((entry) => entry.memberId === suite.unit.people.cadre.id && entry.rule === 'overdue');
    expect(cadre).toMatchObject({ rule: 'overdue', ruleLabel: '已逾期', channel: 'subscription', state: 'sent', memberName: '赵干部' });
    const leader = log.entries.find((entry) => entry.memberId === suite.unit.people.leader.id && entry.rule === 'overdue');
    expect(leader).toMatchObject({ channel: 'digest', state: 'inbox', reason: 'digest' });
    const sent = await expectOk(suite.cloud, suite.unit.people.office.openid, 'reminders.log', { filter: { outcome: 'sent' } });
    expect(sent.entries.map((entry) => entry.memberId)).toEqual([suite.unit.people.cadre.id]);
    const mine = await expectOk(suite.cloud, suite.unit.people.office.openid, 'reminders.log', { filter: { memberId: suite.unit.people.leader.id } });
    expect(mine.entries.map((entry) => entry.memberName)).toEqual(['李领导']);
    expect(mine.entries.every((entry) => entry.memberId === suite.unit.people.leader.id)).toBe(true);
    expect((await expectOk(suite.cloud, suite.unit.people.office.openid, 'reminders.log', { filter: { outcome: 'problem' } })).entries).toEqual([]);
  });

  it.each([
    ['a cadre', 'o-cadre', 'FORBIDDEN'],
    ['a leader', 'o-leader', 'FORBIDDEN'],
    ['the secretary', 'o-secretary', 'FORBIDDEN'],
    ['an unbound WeChat user', 'o-nobody', 'NOT_BOUND'],
  ])('refuses reminders.runNow and reminders.log to %s', async (_who, openid, code) => {
    expect(await callApi(suite.cloud, openid, 'reminders.runNow', {})).toMatchObject({ ok: false, code });
    expect(await callApi(suite.cloud, openid, 'reminders.log', {})).toMatchObject({ ok: false, code });
    expect(await reminders(suite.cloud)).toEqual([]);
  });

  it('refuses malformed input to reminders.runNow and reminders.log', async () => {
    const office = suite.unit.people.office.openid;
    expect(await callApi(suite.cloud, office, 'reminders.runNow', { now: '2030-01-01T00:00:00Z' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(suite.cloud, office, 'reminders.log', { filter: { outcome: 'lost' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(suite.cloud, office, 'reminders.log', { filter: { day: '2027-02-30' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(suite.cloud, office, 'reminders.log', { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(suite.cloud, office, 'reminders.log', { filter: {}, extra: 1 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('pages the log by cursor without gaps', async () => {
    await itemsDue(suite.cloud, suite.unit, Array.from({ length: 40 }, () => ({ dueDay: '2027-03-09' })));
    await fireTimer(suite.cloud, CLOCK);
    const all = await reminders(suite.cloud);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof expectOk<'reminders.log'>>> = await expectOk(suite.cloud, suite.unit.people.office.openid, 'reminders.log', { cursor });
      for (const entry of page.entries) seen.add(entry.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(all.length);
    expect(all.length).toBe(40 * 4);
  });

  it('outbox messages each carry their reminder', async () => {
    await itemsDue(suite.cloud, suite.unit, [{ dueDay: '2027-03-10' }]);
    await accept(suite.cloud, suite.unit.people.cadre.openid, ['deadline']);
    await fireTimer(suite.cloud, CLOCK);
    const ids = new Set((await reminders(suite.cloud)).map((reminder) => reminder._id));
    expect(suite.cloud.outbox.list().every((message) => ids.has(reminderIdOfMessage(message)))).toBe(true);
  });
});
