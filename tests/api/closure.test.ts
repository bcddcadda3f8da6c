import type { Emulator } from '../../emulator';
import { addMonths } from '../../core/time';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { arrangeTask, importItem, importItems, setUpPeople, taskState, today, uploadEvidence } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { testNow } from '../support/test-clock';

/** 销号: owner applies → 责任领导 reviews → 组长 signs off; returns, roles, order and races. */
describe('销号 (closing an item)', () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  const get = (openid: string, taskId: string) => expectOk(cloud, openid, 'tasks.get', { taskId });

  /** An item the owner has applied to close: at 待审核, version 2. */
  async function applied(item = {}): Promise<string> {
    const taskId = await importItem(cloud, unit, item);
    const fileID = await uploadEvidence(cloud, taskId, '整改报告.pdf');
    await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '已全部整改到位', fileIDs: [fileID] });
    return taskId;
  }

  it('goes from progress with a photo through a return, more evidence, a pass and the sign-off to 已销号, every step in the timeline', async () => {
    const taskId = await importItem(cloud, unit);
    const photo = await uploadEvidence(cloud, taskId, '现场.jpg');
    let view = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '已完成整改', fileIDs: [photo] });
    const report = await uploadEvidence(cloud, taskId, '整改报告.docx');
    view = await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: view.task.version, summary: '已完成制度修订并组织学习', fileIDs: [report] });
    expect(view.task).toMatchObject({ status: 'pending_review', closure: { summary: '已完成制度修订并组织学习', appliedBy: { name: '赵干部' }, review: null, signOff: null } });
    expect(view.task.closure?.files.map((file) => file.url.length > 0)).toEqual([true]);
    expect((await get('o-leader', taskId)).can).toMatchObject({ review: true, signOff: false });

    view = await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: view.task.version, decision: 'return', opinion: '请补充学习记录' });
    expect(view.task).toMatchObject({ status: 'in_progress', returnRequirement: '请补充学习记录', closure: { review: { decision: 'return', opinion: '请补充学习记录', by: { name: '李领导' } } } });
    const owner = await get('o-cadre', taskId);
    expect(owner.task.returnRequirement).toBe('请补充学习记录');
    expect(owner.can.apply).toBe(true);

    const record = await uploadEvidence(cloud, taskId, '学习记录.jpg');
    view = await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: owner.task.version, summary: '已补充学习记录', fileIDs: [report, record], fileNames: ['整改报告.docx', '学习记录.jpg'] });
    expect(view.task.closure?.files.map((file) => [file.name, file.isImage])).toEqual([
      ['整改报告.docx', false],
      ['学习记录.jpg', true],
    ]);
    // The report sent twice counts once: 佐证材料 are the photo, the report and the study record.
    expect(view.task).toMatchObject({ status: 'pending_review', returnRequirement: null, evidenceCount: 3, closure: { summary: '已补充学习记录', review: null } });
    view = await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: view.task.version, decision: 'pass', opinion: '同意销号' });
    expect(view.task.status).toBe('pending_signoff');
    expect((await get('o-secretary', taskId)).can).toMatchObject({ signOff: true, review: false });

    view = await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId, version: view.task.version, decision: 'pass', opinion: '' });
    expect(view.task).toMatchObject({ status: 'closed', deadlineState: { colour: 'none', label: '已销号' }, closure: { signOff: { decision: 'pass', by: { name: '张书记' } } } });
    expect(testNow().getTime() - new Date(view.task.closedAt as string).getTime()).toBeLessThan(60_000);
    expect(view.timeline.map((entry) => [entry.kind, entry.actor.name, entry.decision])).toEqual([
      ['closure_signoff', '张书记', 'pass'],
      ['closure_review', '李领导', 'pass'],
      ['closure_apply', '赵干部', null],
      ['closure_review', '李领导', 'return'],
      ['closure_apply', '赵干部', null],
      ['progress', '赵干部', null],
      ['imported', '陈办公', null],
    ]);
    expect(view.timeline[3]?.text).toBe('请补充学习记录');
    expect(view.timeline[2]?.files.map((file) => file.name)).toEqual(['整改报告.docx', '学习记录.jpg']);
    // Sent without picked names, files show by their storage names.
    expect(view.timeline[4]?.files.map((file) => file.name)).toEqual([expect.stringMatching(/整改报告\.docx$/)]);
    const closed = await get('o-cadre', taskId);
    expect(Object.values(closed.can).some(Boolean)).toBe(false);
    expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '还想报' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
  });

  it('needs a summary and at least one piece of this item’s evidence, and writes nothing otherwise', async () => {
    const { ids } = await importItems(cloud, unit, [{}, {}]);
    const [taskId, otherId] = ids as [string, string];
    const foreign = await uploadEvidence(cloud, otherId, 'x.jpg');
    const before = await taskState(cloud);
    expect(await callApi(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '已整改', fileIDs: [] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '', fileIDs: [foreign] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '已整改', fileIDs: [foreign] })).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED' });
    expect(await callApi(cloud, 'o-leader', 'closure.apply', { taskId, version: 1, summary: '已整改', fileIDs: [foreign] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-outsider', 'closure.apply', { taskId, version: 1, summary: '已整改', fileIDs: [foreign] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await taskState(cloud)).toEqual(before);
  });

  it('takes evidence already attached to this item’s 进展 without a second upload, and refuses another item’s', async () => {
    const { ids } = await importItems(cloud, unit, [{}, {}]);
    const [taskId, otherId] = ids as [string, string];
    const posted = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '已完成整改', fileIDs: [await uploadEvidence(cloud, taskId, '整改台账.pdf')] });
    const [onProgress] = posted.timeline.flatMap((entry) => entry.files);
    const elsewhere = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId: otherId, text: '已完成', fileIDs: [await uploadEvidence(cloud, otherId, '别处.pdf')] });
    const [otherItemFile] = elsewhere.timeline.flatMap((entry) => entry.files);
    if (!onProgress || !otherItemFile) throw new Error('the posts carry no files');

    const before = await taskState(cloud);
    const filesBefore = await collectionSnapshot(cloud, 'files');
    const refused = await callApi(cloud, 'o-cadre', 'closure.apply', { taskId, version: posted.task.version, summary: '已整改', fileIDs: [otherItemFile.fileID] });
    expect(refused).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED', message: '所选佐证材料不是本事项进展中的附件，请重新选择' });
    const guessed = onProgress.fileID.replace(/[0-9a-f]{64}/, 'f'.repeat(64));
    expect(await callApi(cloud, 'o-cadre', 'closure.apply', { taskId, version: posted.task.version, summary: '已整改', fileIDs: [guessed] })).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED' });
    expect(await taskState(cloud)).toEqual(before);

    const view = await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: posted.task.version, summary: '已整改', fileIDs: [onProgress.fileID], fileNames: [onProgress.name] });
    expect(view.task.closure?.files.map((file) => [file.fileID, file.name])).toEqual([[onProgress.fileID, onProgress.name]]);
    // Picked, not copied: no new accepted file, and the item still counts one piece of evidence.
    expect(await collectionSnapshot(cloud, 'files')).toEqual(filesBefore);
    expect(view.task.evidenceCount).toBe(1);
  });

  it('lets no step be skipped or repeated', async () => {
    const taskId = await importItem(cloud, unit);
    const before = await taskState(cloud);
    expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId, version: 1, decision: 'pass' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(await callApi(cloud, 'o-secretary', 'closure.signOff', { taskId, version: 1, decision: 'pass' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(await taskState(cloud)).toEqual(before);

    const pending = await applied();
    const file = await uploadEvidence(cloud, pending, 'again.jpg');
    expect(await callApi(cloud, 'o-cadre', 'closure.apply', { taskId: pending, version: 2, summary: '再申请', fileIDs: [file] })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(await callApi(cloud, 'o-secretary', 'closure.signOff', { taskId: pending, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    await expectOk(cloud, 'o-leader', 'closure.review', { taskId: pending, version: 2, decision: 'pass' });
    expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId: pending, version: 3, decision: 'pass' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
  });

  it('is reviewed by the item’s own leader only — by the secretary when it has no confirmed leader', async () => {
    const taskId = await applied();
    const before = await taskState(cloud);
    expect(await callApi(cloud, 'o-leader2', 'closure.review', { taskId, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-secretary', 'closure.review', { taskId, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-cadre', 'closure.review', { taskId, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-office', 'closure.review', { taskId, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await taskState(cloud)).toEqual(before);

    const leaderless = await applied({ leader: null });
    expect((await get('o-secretary', leaderless)).can.review).toBe(true);
    expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId: leaderless, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const passed = await expectOk(cloud, 'o-secretary', 'closure.review', { taskId: leaderless, version: 2, decision: 'pass', opinion: '同意' });
    expect(passed.task.closure?.review).toMatchObject({ decision: 'pass', opinion: '同意', by: { name: '张书记' } });
  });

  it('is signed off by the secretary only; a return there sends it back to 整改中 with the requirement', async () => {
    const taskId = await applied();
    await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'pass' });
    const before = await taskState(cloud);
    for (const openid of ['o-leader', 'o-office', 'o-cadre']) {
      expect(await callApi(cloud, openid, 'closure.signOff', { taskId, version: 3, decision: 'pass' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await callApi(cloud, 'o-secretary', 'closure.signOff', { taskId, version: 3, decision: 'return', opinion: '  ' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-secretary', 'closure.signOff', { taskId, version: 3, decision: 'maybe' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await taskState(cloud)).toEqual(before);
    const returned = await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId, version: 3, decision: 'return', opinion: '佐证材料不足' });
    expect(returned.task).toMatchObject({ status: 'in_progress', returnRequirement: '佐证材料不足', closedAt: null, closure: { signOff: { decision: 'return' } } });
    expect(returned.timeline[0]).toMatchObject({ kind: 'closure_signoff', decision: 'return', text: '佐证材料不足' });
  });

  it('needs 补充整改要求 for a return at review', async () => {
    const taskId = await applied();
    expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'return' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('ends an item whose deadline said 长期坚持 as 长期坚持, its first consolidation report due a quarter later', async () => {
    const taskId = await applied({ due: null, longTerm: true });
    await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'pass' });
    const signed = await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId, version: 3, decision: 'pass', opinion: '转入长期坚持' });
    expect(signed.task).toMatchObject({ status: 'long_term', nextReviewDue: addMonths(today(), 3) });
    expect(signed.task.closedAt).not.toBeNull();
    expect(signed.task.deadlineState.label).toMatch(/^长期坚持 · 巩固报告还剩\d+天$/);
    expect((await get('o-cadre', taskId)).can).toMatchObject({ progress: true, apply: false });
  });

  it('answers CONFLICT to a decision taken on a stale screen, and changes nothing', async () => {
    const taskId = await applied();
    await expectOk(cloud, 'o-secretary', 'tasks.assign', { taskId, version: 2, departmentIds: [unit.departments['总编室']], leaderId: unit.people.leader.id, assigneeIds: [unit.people.named.id] });
    const before = await taskState(cloud);
    expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'pass' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await taskState(cloud)).toEqual(before);
    expect((await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: 3, decision: 'pass' })).task.status).toBe('pending_signoff');
  });

  it('takes exactly one of two decisions made at the same moment; the other is CONFLICT', async () => {
    const taskId = await applied();
    const results = await Promise.all([
      callApi(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'pass' }),
      callApi(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'return', opinion: '再完善' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: 'CONFLICT' });
    const reviews = (await collectionSnapshot(cloud, 'audit')).filter((entry) => (entry as { entityId: string }).entityId === taskId && (entry as { action: string }).action === 'closure.review');
    expect(reviews).toHaveLength(1);
    const winner = results.find((result) => result.ok);
    const { task } = await get('o-cadre', taskId);
    expect(task.status).toBe(winner?.ok && winner.data.task.status);
    expect(task.version).toBe(3);
  });

  it('lets two owners racing to apply file one application', async () => {
    const taskId = await importItem(cloud, unit);
    await arrangeTask(cloud, taskId, { assigneeIds: [unit.people.named.id] });
    const [a, b] = await Promise.all([uploadEvidence(cloud, taskId, 'a.jpg'), uploadEvidence(cloud, taskId, 'b.jpg')]);
    const results = await Promise.all([
      callApi(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '甲申请', fileIDs: [a] }),
      callApi(cloud, 'o-named', 'closure.apply', { taskId, version: 1, summary: '乙申请', fileIDs: [b] }),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect((await get('o-cadre', taskId)).timeline.filter((entry) => entry.kind === 'closure_apply')).toHaveLength(1);
  });

  it('keeps both of two progress posts made at the same moment (additions never conflict)', async () => {
    const taskId = await importItem(cloud, unit);
    await arrangeTask(cloud, taskId, { assigneeIds: [unit.people.named.id] });
    const results = await Promise.all([
      callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '甲的进展' }),
      callApi(cloud, 'o-named', 'tasks.addProgress', { taskId, text: '乙的进展' }),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const { task, timeline } = await get('o-cadre', taskId);
    expect(task).toMatchObject({ progressCount: 2, status: 'in_progress', version: 3 });
    expect(timeline.filter((entry) => entry.kind === 'progress').map((entry) => entry.text).sort()).toEqual(['乙的进展', '甲的进展'].sort());
  });
});
