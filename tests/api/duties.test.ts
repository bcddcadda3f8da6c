import type { Emulator } from '../../emulator';
import { TEST_SETUP_SECRET, callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, importItem, importItems, setUpPeople, uploadEvidence } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { fullProposal, interviewAt, setUpInterviewCast } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';

/** Finding 3 and 4 of issue 13, tried as an insider: the office promoting itself, closing alone, re-binding a signer. */
describe('separation of duties', () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
    unit = await setUpPeople(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  const upsert = (openid: string, input: Record<string, unknown>) => callApi(cloud, openid, 'roster.upsertMember', input);

  it('refuses the office making itself 组长 or leader, with or without the setup secret, and leaves the roster as it was', async () => {
    const before = await collectionSnapshot(cloud, 'members');
    const self = { id: unit.people.office.id, name: '陈办公', roles: ['office', 'leader', 'secretary'] };
    expect(await upsert(OFFICE_OPENID, self)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('不能更改自己的角色') });
    expect(await upsert(OFFICE_OPENID, { ...self, setupSecret: TEST_SETUP_SECRET })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Nor through a cadre it controls: granting leader or 组长 is the secretary's.
    const cadre = { id: unit.people.cadre.id, name: '赵干部', roles: ['cadre', 'leader'], departmentIds: [unit.departments['总编室']] };
    expect(await upsert(OFFICE_OPENID, cadre)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('责任领导') });
    expect(await upsert(OFFICE_OPENID, { ...cadre, setupSecret: 'guessed' })).toMatchObject({ ok: false, code: 'SETUP_SECRET_WRONG' });
    expect(await upsert(OFFICE_OPENID, { name: '新组长', roles: ['secretary'] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await collectionSnapshot(cloud, 'members')).toEqual(before);
  });

  it('lets the secretary grant leader, and keeps the last active secretary from being demoted or deactivated', async () => {
    const granted = await expectOk(cloud, 'o-secretary', 'roster.upsertMember', { id: unit.people.cadre.id, name: '赵干部', roles: ['cadre', 'leader'], departmentIds: [unit.departments['总编室']] });
    expect(granted.member.roles).toEqual(['cadre', 'leader']);
    const secretary = { id: unit.people.secretary.id, name: '张书记', roles: ['secretary'] };
    expect(await upsert('o-secretary', { ...secretary, roles: ['leader'] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await upsert(OFFICE_OPENID, { ...secretary, active: false, setupSecret: TEST_SETUP_SECRET })).toMatchObject({ ok: false, code: 'LAST_SECRETARY' });
    // A second secretary (made with the setup secret) may then hand over.
    const second = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', { name: '刘书记', roles: ['secretary'], setupSecret: TEST_SETUP_SECRET });
    expect(second.member.roles).toEqual(['secretary']);
    await expectOk(cloud, 'o-secretary', 'roster.upsertMember', { id: unit.people.leader.id, name: '李领导', roles: ['leader'], active: false, departmentIds: [unit.departments['总编室']] });
    expect(await callApi(cloud, 'o-leader', 'auth.me')).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });

  it('refuses one person reviewing what they applied for, or signing off what they reviewed', async () => {
    // The 组长 is also the item's 责任领导: he reviews, and may not then sign off his own review.
    const taskId = await importItem(cloud, unit, { leader: 'secretary' });
    const fileID = await uploadEvidence(cloud, taskId, '整改报告.pdf');
    let view = await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '已整改', fileIDs: [fileID] });
    view = await expectOk(cloud, 'o-secretary', 'closure.review', { taskId, version: view.task.version, decision: 'pass', opinion: '' });
    expect(view.can.signOff).toBe(false);
    const before = await collectionSnapshot(cloud, 'tasks');
    const signOff = await callApi(cloud, 'o-secretary', 'closure.signOff', { taskId, version: view.task.version, decision: 'pass', opinion: '' });
    expect(signOff).toMatchObject({ ok: false, code: 'SAME_PERSON', message: '您已对本事项办理了审核，审定须由其他人办理' });
    expect(await collectionSnapshot(cloud, 'tasks')).toEqual(before);

    // A leader named as the item's 责任人 applies; he may not review his own application.
    const own = await importItem(cloud, unit, { leader: 'leader' });
    const assigned = await expectOk(cloud, OFFICE_OPENID, 'tasks.assign', { taskId: own, version: 1, departmentIds: [], leaderId: unit.people.leader.id, assigneeIds: [unit.people.leader.id] });
    const evidence = await uploadEvidence(cloud, own, '报告.pdf');
    const applied = await expectOk(cloud, 'o-leader', 'closure.apply', { taskId: own, version: assigned.task.version, summary: '已整改', fileIDs: [evidence] });
    expect(applied.can.review).toBe(false);
    expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId: own, version: applied.task.version, decision: 'pass', opinion: '' })).toMatchObject({
      ok: false,
      code: 'SAME_PERSON',
    });
  });

  it('needs the secretary to re-bind a bound member: an office-issued code for a signer does not bind from another WeChat', async () => {
    const victim = unit.people.leader;
    const { code, needsConfirmation } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: victim.id });
    expect(needsConfirmation).toBe(true);
    expect(await callApi(cloud, 'o-attacker', 'auth.bind', { code })).toMatchObject({ ok: false, code: 'REBIND_NOT_CONFIRMED' });
    expect((await expectOk(cloud, 'o-leader', 'auth.me')).member.name).toBe('李领导');
    expect(await callApi(cloud, OFFICE_OPENID, 'roster.confirmRebind', { memberId: victim.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    // With the secretary's confirmation the move happens, and both the member and the secretary are told in 消息.
    await expectOk(cloud, 'o-secretary', 'roster.confirmRebind', { memberId: victim.id });
    await expectOk(cloud, 'o-leader-new-phone', 'auth.bind', { code });
    expect(await callApi(cloud, 'o-leader', 'auth.me')).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    for (const openid of ['o-leader-new-phone', 'o-secretary']) {
      const { items } = await expectOk(cloud, openid, 'inbox.list', {});
      expect(items[0]).toMatchObject({ kind: 'notice', title: '李领导的微信绑定已更换', read: false });
    }
    const log = await expectOk(cloud, 'o-secretary', 'roster.accessLog', {});
    expect(log.entries.slice(0, 3).map((entry) => [entry.summary, entry.actorName, entry.subjectName])).toEqual([
      ['更换绑定的微信（原微信已失效）', '李领导', '李领导'],
      ['组长确认换绑邀请码', '张书记', '李领导'],
      ['发放换绑邀请码（更换绑定的微信）', '陈办公', '李领导'],
    ]);
  });

  it('shows the secretary every roster change in the 权限变更记录, and nobody else', async () => {
    await expectOk(cloud, 'o-secretary', 'roster.upsertMember', { id: unit.people.named.id, name: '孙干部', roles: ['cadre', 'office'], departmentIds: [unit.departments['办公室']] });
    const { entries } = await expectOk(cloud, 'o-secretary', 'roster.accessLog', {});
    expect(entries[0]).toMatchObject({ summary: '授予角色：办公室', actorName: '张书记', subjectName: '孙干部' });
    expect(entries.some((entry) => entry.summary === '新增成员，角色：组长' && entry.summary.length > 0)).toBe(true);
    expect(entries.some((entry) => entry.summary === '初始化系统，设立第一位办公室成员')).toBe(true);
    for (const openid of [OFFICE_OPENID, 'o-leader', 'o-cadre']) {
      expect(await callApi(cloud, openid, 'roster.accessLog', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('shows in plans.get only the items tasks.list shows (finding 7)', async () => {
    const { planId, ids } = await importItems(cloud, unit, [{ departments: ['总编室'] }, { departments: ['财务室'], leader: 'leader2' }]);
    for (const [openid, seen] of [
      ['o-outsider', [ids[1]]],
      ['o-cadre', [ids[0]]],
      ['o-leader', [ids[0]]],
      [OFFICE_OPENID, ids],
    ] as const) {
      const plan = await expectOk(cloud, openid, 'plans.get', { planId });
      const list = await expectOk(cloud, openid, 'tasks.list', { filter: { planId } });
      const planIds = plan.aspects.flatMap((aspect) => aspect.tasks.map((task) => task.id));
      expect(planIds.sort()).toEqual([...seen].sort());
      expect(list.items.map((item) => item.id).sort()).toEqual(planIds.sort());
    }
  });

  it('refuses deciding an extension once the item is 已销号: its due day stays', async () => {
    const taskId = await importItem(cloud, unit);
    const view = await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '需要更多时间', newDate: '2099-12-31' });
    await arrangeTask(cloud, taskId, { status: 'closed' });
    const before = await collectionSnapshot(cloud, 'tasks');
    expect(await callApi(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: view.task.version, decision: 'approve', opinion: '' })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '事项已销号，不能再延期',
    });
    expect(await collectionSnapshot(cloud, 'tasks')).toEqual(before);
  });

  it('takes 20 parallel progress posts and a comment on one item without a CONFLICT: they carry no version', async () => {
    const taskId = await importItem(cloud, unit);
    const results = await Promise.all([
      ...Array.from({ length: 20 }, (_, index) => callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: `第${index + 1}次进展` })),
      callApi(cloud, 'o-leader', 'tasks.comment', { taskId, text: '抓紧推进' }),
    ]);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const { task } = await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId });
    expect(task.progressCount).toBe(20);
    expect(((await collectionSnapshot(cloud, 'progress')) as { taskId: string }[]).filter((post) => post.taskId === taskId)).toHaveLength(20);
    // Twenty-one transactions on one document take their turns; a shared machine makes that slow, not wrong.
  }, 90_000);

  it('leaves one live code after 20 parallel invites for the same member', async () => {
    const { member } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', { name: '新同事', roles: ['cadre'] });
    const issued = await Promise.all(Array.from({ length: 20 }, () => callApi(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: member.id })));
    const codes = issued.flatMap((result) => (result.ok ? [result.data.code] : []));
    expect(codes.length).toBeGreaterThan(0);
    const binds = [];
    for (const [index, code] of codes.entries()) binds.push(await callApi(cloud, `o-try-${index}`, 'auth.bind', { code }));
    expect(binds.filter((result) => result.ok)).toHaveLength(1);
  });

  it('lets at most 5 of 60 parallel guesses from one WeChat be tried', async () => {
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, index) => callApi(cloud, 'o-guesser', 'auth.bind', { code: `ABCD${String(2000 + index).slice(-4).replace(/[01]/g, '2')}` })));
    const tried = guesses.filter((result) => !result.ok && result.code === 'INVITE_INVALID');
    expect(tried.length).toBeLessThanOrEqual(5);
    expect(guesses.filter((result) => result.ok || !['INVITE_INVALID', 'RATE_LIMITED', 'CONFLICT'].includes(result.code))).toEqual([]);
    const { member } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', { name: '新同事', roles: ['cadre'] });
    const { code } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: member.id });
    if (tried.length === 5) expect(await callApi(cloud, 'o-guesser', 'auth.bind', { code })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});

describe('separation of duties in a 约谈', () => {
  let cloud: Emulator;
  let cast: InterviewCast;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    cast = await setUpInterviewCast(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('refuses a leader approving his own proposal, or an approver who also keeps the record', async () => {
    const own = await callApi(cloud, 'o-approver', 'interviews.propose', fullProposal(cast));
    expect(own).toMatchObject({ ok: false, code: 'PARTY_INVALID', message: expect.stringContaining('审批领导不能是提议人本人') });
    const recorderToo = await callApi(cloud, OFFICE_OPENID, 'interviews.propose', fullProposal(cast, { recorderId: cast.approver.id }));
    expect(recorderToo).toMatchObject({ ok: false, code: 'PARTY_INVALID', message: expect.stringContaining('审批领导不能同时是记录人') });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual([]);
  });

  it('shows on every signature slot when its signer’s WeChat was last re-bound', async () => {
    const interview = await interviewAt(cloud, cast, 'pending_signatures');
    const { code } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: cast.interviewer.id });
    await expectOk(cloud, 'o-secretary', 'roster.confirmRebind', { memberId: cast.interviewer.id });
    await expectOk(cloud, 'o-interviewer-new-phone', 'auth.bind', { code });
    const { interview: shown } = await expectOk(cloud, 'o-interviewer-new-phone', 'interviews.get', { interviewId: interview.id });
    const reboundAt = Object.fromEntries(shown.slots.map((slot) => [slot.person.name, slot.signerReboundAt]));
    expect(reboundAt).toEqual({ 赵会计: null, 王副组长: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });
});
