import type { Emulator } from '../../emulator';
import { callApi, collectionSnapshot, expectOk, startLocalCloud, uploadThroughSdk } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { FULL_RECORD, fullProposal, fullRecord, interviewAt, setUpInterviewCast, signAs, shownContentHash } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';

/** The 约谈 path (issue 7): propose → approve → record → sign → department opinion → file → feedback, and its refusals. */
describe('约谈 records: the path and who may take each step', () => {
  let cloud: Emulator;
  let cast: InterviewCast;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
    cloud.faults.clear();
    cast = await setUpInterviewCast(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('walks the whole path: every state in order, each step stamped, sealed on the last signature, then filed and fed back', async () => {
    const proposed = await expectOk(cloud, cast.interviewer.openid, 'interviews.propose', fullProposal(cast, { kind: 'interview', interviewerIds: [cast.interviewer.id, cast.interviewer2.id] }));
    const id = proposed.interview.id;
    expect(proposed.interview).toMatchObject({ state: 'pending_approval', kind: 'interview', revision: 1, proposer: { id: cast.interviewer.id, name: '王副组长' } });
    expect(proposed.interview.subject).toMatchObject({ name: '赵会计', departments: ['财务室'] });
    expect(proposed.interview.slots.map((slot) => [slot.slot, slot.person.name, slot.signed])).toEqual([
      ['subject', '赵会计', false],
      ['interviewer-1', '王副组长', false],
      ['interviewer-2', '孙副组长', false],
    ]);
    expect(proposed.can).toMatchObject({ approve: false, record: false, update: false });

    const approverView = await expectOk(cloud, cast.approver.openid, 'interviews.get', { interviewId: id });
    expect(approverView.can.approve).toBe(true);
    const approved = await expectOk(cloud, cast.approver.openid, 'interviews.approve', { interviewId: id, decision: 'approve', opinion: '同意约谈，注意方式方法。' });
    expect(approved.interview).toMatchObject({ state: 'approved', approval: { decision: 'approve', opinion: '同意约谈，注意方式方法。', by: { name: '李副组长' } } });

    const recorded = await expectOk(cloud, cast.recorder.openid, 'interviews.record', fullRecord(id));
    expect(recorded.interview.state).toBe('recorded');
    expect(recorded.interview.record).toMatchObject({ ...FULL_RECORD, by: { name: '钱记录' } });
    const asked = await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    expect(asked.interview.state).toBe('pending_signatures');

    const mine = await expectOk(cloud, cast.subject.openid, 'interviews.get', { interviewId: id });
    expect(mine.can.sign).toEqual(['subject']);
    let signed = await signAs(cloud, cast.subject, id, 'subject', 1);
    expect(signed).toMatchObject({ state: 'pending_signatures', seal: { sealed: false, intact: null } });
    expect(signed.slots[0]).toMatchObject({ signed: true, person: { name: '赵会计' } });
    expect(signed.slots[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.slots[0]?.url).toMatch(/^https?:\/\//);
    signed = await signAs(cloud, cast.interviewer, id, 'interviewer-1', 2);
    expect(signed.state).toBe('pending_signatures');
    signed = await signAs(cloud, cast.interviewer2, id, 'interviewer-2', 3);
    expect(signed.state).toBe('signed');
    expect(signed.seal).toMatchObject({ sealed: true, intact: true, problems: [] });
    expect(signed.seal.hash).toMatch(/^[0-9a-f]{64}$/);

    const opinion = await expectOk(cloud, OFFICE_OPENID, 'interviews.addDeptOpinion', { interviewId: id, opinion: '约谈程序规范，同意归档。' });
    expect(opinion.interview.deptOpinion).toMatchObject({ text: '约谈程序规范，同意归档。', by: { name: '陈办公' } });
    const filed = await expectOk(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: id });
    expect(filed.interview).toMatchObject({ state: 'filed', feedbackState: 'pending', seal: { intact: true } });
    expect(filed.interview.path.map((step) => [step.label, step.reached])).toEqual([
      ['拟约谈', true],
      ['待审批', true],
      ['已批准', true],
      ['已谈话', true],
      ['待签字', true],
      ['已签字', true],
      ['已归档', true],
    ]);
    expect(filed.interview.path.every((step) => step.at !== null)).toBe(true);

    const subjectView = await expectOk(cloud, cast.subject.openid, 'interviews.get', { interviewId: id });
    expect(subjectView.can.feedback).toBe(true);
    const fed = await expectOk(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: id, text: '已完成调账，附调账凭证。' });
    expect(fed.interview).toMatchObject({ feedbackState: 'given', feedback: { text: '已完成调账，附调账凭证。', late: false }, seal: { intact: true } });
    expect(await callApi(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: id, text: '再次反馈' })).toMatchObject({ ok: false, code: 'FEEDBACK_GIVEN' });

    // Every write left an audit entry, in one transaction with it.
    const audit = (await collectionSnapshot(cloud, 'audit')) as { entity: string; entityId: string; action: string }[];
    expect(audit.filter((entry) => entry.entity === 'interview' && entry.entityId === id).map((entry) => entry.action)).toEqual([
      'interviews.propose',
      'interviews.approve',
      'interviews.record',
      'interviews.requestSignatures',
      'interviews.sign',
      'interviews.sign',
      'interviews.sign',
      'interviews.addDeptOpinion',
      'interviews.file',
      'interviews.feedback',
    ]);
  });

  it('keeps a saved draft, names what is missing (in Chinese) when it is submitted, and takes it once complete', async () => {
    const draft = await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'admonition', subjectId: cast.subject.id, submit: false });
    const id = draft.interview.id;
    expect(draft.interview).toMatchObject({ state: 'draft', kind: 'admonition' });
    expect(draft.interview.missing).toEqual(['source', 'interviewers', 'recorder', 'approver', 'plannedAt', 'place', 'reason']);
    expect(draft.can).toMatchObject({ update: true, submit: true });

    const refused = await callApi(cloud, OFFICE_OPENID, 'interviews.submit', { interviewId: id });
    expect(refused).toMatchObject({ ok: false, code: 'INCOMPLETE', details: { missing: ['source', 'interviewers', 'recorder', 'approver', 'plannedAt', 'place', 'reason'] } });
    expect(refused.ok === false && refused.message).toBe('还缺少：事项来源、约谈人、记录人、审批领导、约谈时间、约谈地点、约谈事由');
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id })).interview.state).toBe('draft');

    const { submit: _submit, ...complete } = { ...fullProposal(cast, { kind: 'admonition' }), submit: true };
    await expectOk(cloud, OFFICE_OPENID, 'interviews.update', { interviewId: id, ...complete });
    const submitted = await expectOk(cloud, OFFICE_OPENID, 'interviews.submit', { interviewId: id });
    expect(submitted.interview).toMatchObject({ state: 'pending_approval', missing: ['approverOpinion'] });
  });

  it('refuses an incomplete proposal sent straight for approval and stores nothing', async () => {
    const result = await callApi(cloud, OFFICE_OPENID, 'interviews.propose', { ...fullProposal(cast), place: '', reason: null });
    expect(result).toMatchObject({ ok: false, code: 'INCOMPLETE', details: { missing: ['place', 'reason'] } });
    expect(result.ok === false && result.message).toBe('还缺少：约谈地点、约谈事由');
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual([]);
  });

  it('refuses bad input with a Chinese message and the field it is about', async () => {
    const cases: [unknown, string][] = [
      [{ ...fullProposal(cast), kind: '谈心谈话' }, 'kind'],
      [{ ...fullProposal(cast), plannedAt: '2026-03-20 09:00' }, 'plannedAt'],
      [{ ...fullProposal(cast), reason: '很'.repeat(1001) }, 'reason'],
      [{ ...fullProposal(cast), interviewerIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'interviewerIds'],
      [{ ...fullProposal(cast), source: { type: 'task' } }, 'source'],
      [{ ...fullProposal(cast), openid: 'o-someone-else' }, ''],
    ];
    for (const [input, path] of cases) {
      const result = await callApi(cloud, OFFICE_OPENID, 'interviews.propose', input);
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      if (result.ok) continue;
      expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
      expect((result.details as { issues: { path: string }[] }).issues[0]?.path.startsWith(path)).toBe(true);
    }
    const id = (await interviewAt(cloud, cast, 'pending_approval')).id;
    const noOpinion = await callApi(cloud, cast.approver.openid, 'interviews.approve', { interviewId: id, decision: 'approve', opinion: '  ' });
    expect(noOpinion).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.stringContaining('请填写审批意见') });
    const badSlot = await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'recorder', fileID: 'cloud://x/y.png' });
    expect(badSlot).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.stringContaining('签字栏不正确') });
    expect(await collectionSnapshot(cloud, 'interviews')).toHaveLength(1);
  });

  it('checks the people: 约谈人 are leaders, the 对象 is not one of them, the approver is neither', async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ interviewerIds: [cast.subject.id] }, 'PARTY_INVALID'],
      [{ interviewerIds: [cast.interviewer.id, cast.recorder.id] }, 'PARTY_INVALID'],
      [{ subjectId: cast.interviewer.id }, 'PARTY_INVALID'],
      [{ approverId: cast.interviewer.id }, 'PARTY_INVALID'],
      [{ approverId: cast.recorder.id }, 'PARTY_INVALID'],
      [{ recorderId: cast.subject.id }, 'PARTY_INVALID'],
      [{ subjectId: 'no-such-member' }, 'MEMBER_NOT_FOUND'],
      [{ source: { type: 'task', taskId: 'no-such-task' } }, 'TASK_NOT_FOUND'],
    ];
    for (const [overrides, code] of refusals) {
      expect(await callApi(cloud, OFFICE_OPENID, 'interviews.propose', { ...fullProposal(cast), ...overrides })).toMatchObject({ ok: false, code });
    }
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual([]);
  });

  it('lets only a leader, the secretary or the office propose', async () => {
    expect(await callApi(cloud, cast.subject.openid, 'interviews.propose', fullProposal(cast))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-unbound', 'interviews.propose', fullProposal(cast))).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    expect(await callApi(cloud, null, 'interviews.propose', fullProposal(cast))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    await expectOk(cloud, cast.secretary.openid, 'interviews.propose', fullProposal(cast));
    await expectOk(cloud, cast.strangerLeader.openid, 'interviews.propose', fullProposal(cast));
    expect(await collectionSnapshot(cloud, 'interviews')).toHaveLength(2);
  });

  it('lets the named approver or the secretary approve — never a 约谈人, a cadre or the office', async () => {
    const id = (await interviewAt(cloud, cast, 'pending_approval')).id;
    const approve = { interviewId: id, decision: 'approve', opinion: '同意' };
    expect(await callApi(cloud, cast.interviewer.openid, 'interviews.approve', approve)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.strangerLeader.openid, 'interviews.approve', approve)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.subject.openid, 'interviews.approve', approve)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.approve', approve)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id })).interview.state).toBe('pending_approval');
    const approved = await expectOk(cloud, cast.secretary.openid, 'interviews.approve', approve);
    expect(approved.interview.approval).toMatchObject({ by: { name: '张书记' }, opinion: '同意' });

    // The secretary named as a 约谈人 cannot approve their own talk.
    const own = (await interviewAt(cloud, cast, 'pending_approval', { interviewerIds: [cast.secretary.id] })).id;
    expect(await callApi(cloud, cast.secretary.openid, 'interviews.approve', { ...approve, interviewId: own })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('returns a proposal with the opinion, lets the proposer correct and resubmit it', async () => {
    const returned = await interviewAt(cloud, cast, 'returned');
    expect(returned).toMatchObject({ state: 'returned', approval: null, lastReturn: { decision: 'return', opinion: '请补充事项依据', by: { name: '李副组长' } } });
    expect(returned.path.find((step) => step.state === 'returned')).toMatchObject({ reached: true, current: true });
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', fullRecord(returned.id))).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    await expectOk(cloud, OFFICE_OPENID, 'interviews.update', { interviewId: returned.id, ...fullProposal(cast, { reason: '依据：巡察反馈问题4。' }) });
    const again = await expectOk(cloud, OFFICE_OPENID, 'interviews.submit', { interviewId: returned.id });
    expect(again.interview).toMatchObject({ state: 'pending_approval', reason: '依据：巡察反馈问题4。', lastReturn: null });
  });

  it('lets only the 记录人 write the record and ask for signatures, and names missing record fields', async () => {
    const id = (await interviewAt(cloud, cast, 'approved')).id;
    expect(await callApi(cloud, cast.interviewer.openid, 'interviews.record', fullRecord(id))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.record', fullRecord(id))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const partial = await expectOk(cloud, cast.recorder.openid, 'interviews.record', { interviewId: id, content: '谈话要点' });
    expect(partial.interview).toMatchObject({ state: 'recorded', missing: ['heldAt', 'statement', 'requirements', 'commitments', 'feedbackDue'] });
    const refused = await callApi(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    expect(refused).toMatchObject({ ok: false, code: 'INCOMPLETE', details: { missing: ['heldAt', 'statement', 'requirements', 'commitments', 'feedbackDue'] } });
    expect(refused.ok === false && refused.message).toBe('还缺少：谈话时间、约谈对象说明/表态、整改要求、整改承诺、整改反馈期限');
    expect(await callApi(cloud, cast.interviewer.openid, 'interviews.requestSignatures', { interviewId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expectOk(cloud, cast.recorder.openid, 'interviews.record', fullRecord(id));
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    // Nobody has signed yet: the 记录人 may still correct the record, which takes it back to 已谈话.
    const corrected = await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(id), content: '更正后的谈话内容' });
    expect(corrected.interview.state).toBe('recorded');
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    await signAs(cloud, cast.subject, id, 'subject');
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', fullRecord(id))).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
  });

  it('refuses a skipped step: no record before approval, no signature before 待签字, no filing before signing', async () => {
    const pending = (await interviewAt(cloud, cast, 'pending_approval')).id;
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', fullRecord(pending))).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    const recorded = (await interviewAt(cloud, cast, 'recorded')).id;
    const before = await collectionSnapshot(cloud, 'interviews');
    const fileID = 'cloud://local-dev.x/uploads/interviews/' + recorded + '/subject-abcdef.png';
    expect(await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: recorded, slot: 'subject', fileID, contentHash: await shownContentHash(cloud, recorded) })).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: recorded })).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.addDeptOpinion', { interviewId: recorded, opinion: '同意' })).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    expect(await callApi(cloud, cast.approver.openid, 'interviews.approve', { interviewId: recorded, decision: 'approve', opinion: '再批一次' })).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    expect(await callApi(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: recorded, text: '提前反馈' })).toMatchObject({ ok: false, code: 'INTERVIEW_INVALID_STATE' });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);
  });

  it('files only with the 组织实施部门意见, and only the office gives it and files', async () => {
    const id = (await interviewAt(cloud, cast, 'signed')).id;
    const refused = await callApi(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: id });
    expect(refused).toMatchObject({ ok: false, code: 'INCOMPLETE', details: { missing: ['deptOpinion'] } });
    expect(refused.ok === false && refused.message).toBe('还缺少：组织实施部门意见');
    expect(await callApi(cloud, cast.secretary.openid, 'interviews.addDeptOpinion', { interviewId: id, opinion: '同意' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.interviewer.openid, 'interviews.file', { interviewId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expectOk(cloud, OFFICE_OPENID, 'interviews.addDeptOpinion', { interviewId: id, opinion: '同意归档' });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: id })).interview.state).toBe('filed');
    expect(await callApi(cloud, cast.interviewer.openid, 'interviews.feedback', { interviewId: id, text: '代为反馈' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lets only the proposer or the office change a draft, and takes attachments only from the record\'s folder', async () => {
    const draft = (await expectOk(cloud, cast.interviewer.openid, 'interviews.propose', { ...fullProposal(cast), submit: false })).interview;
    expect(await callApi(cloud, cast.approver.openid, 'interviews.update', { interviewId: draft.id, ...fullProposal(cast, { place: '别处' }) })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.approver.openid, 'interviews.submit', { interviewId: draft.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.subject.openid, 'interviews.update', { interviewId: draft.id, ...fullProposal(cast) })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await expectOk(cloud, cast.interviewer.openid, 'interviews.update', { interviewId: draft.id, ...fullProposal(cast, { place: '小会议室' }) });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.submit', { interviewId: draft.id })).interview.place).toBe('小会议室');

    const approved = (await interviewAt(cloud, cast, 'approved')).id;
    const foreign = 'cloud://local-dev.x/uploads/tasks/t1/202603/evidence.pdf';
    const result = await callApi(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [foreign] });
    expect(result).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED', message: '附件不属于本约谈记录，请重新上传' });
    const own = await uploadThroughSdk(cloud, `uploads/interviews/${approved}/notes.pdf`, Buffer.from('%PDF-1.4\n谈话提纲\n%%EOF\n'));
    const recorded = await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [own] });
    // The record keeps the server's copy, named by its content's hash, not the upload.
    expect(recorded.interview.record?.attachments).toEqual([{ fileID: expect.stringMatching(new RegExp(`/evidence/interview/${approved}/[0-9a-f]{64}/notes\\.pdf$`)), name: 'notes.pdf', isImage: false, url: expect.stringContaining('http') }]);
  });

  it('keeps the names attachments and feedback files were picked by, and refuses names that do not match the files', async () => {
    const approved = (await interviewAt(cloud, cast, 'approved')).id;
    // Uploads are stored under random names; the name the person picked travels beside the fileID.
    const notes = await uploadThroughSdk(cloud, `uploads/interviews/${approved}/202603/k3x9mq2v7w1z.pdf`, Buffer.from('%PDF-1.4\n谈话提纲\n%%EOF\n'));
    const before = await collectionSnapshot(cloud, 'interviews');
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [notes], attachmentNames: ['谈话提纲.pdf', '多余.pdf'] })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);
    const recorded = await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [notes], attachmentNames: ['谈话提纲.pdf'] });
    expect(recorded.interview.record?.attachments.map((file) => file.name)).toEqual(['谈话提纲.pdf']);

    const filed = (await interviewAt(cloud, cast, 'filed')).id;
    const voucher = await uploadThroughSdk(cloud, `uploads/interviews/${filed}/202603/p8d2ks0a9r4e.pdf`, Buffer.from('%PDF-1.4\n调账凭证\n%%EOF\n'));
    expect(await callApi(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: filed, text: '已完成调账', fileIDs: [voucher], fileNames: [] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    const fed = await expectOk(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: filed, text: '已完成调账', fileIDs: [voucher], fileNames: ['调账凭证.pdf'] });
    expect(fed.interview.feedback?.files.map((file) => file.name)).toEqual(['调账凭证.pdf']);
  });

  it('answers INTERVIEW_NOT_FOUND for a record that does not exist', async () => {
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: 'no-such-record' })).toMatchObject({ ok: false, code: 'INTERVIEW_NOT_FOUND' });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.submit', { interviewId: 'no-such-record' })).toMatchObject({ ok: false, code: 'INTERVIEW_NOT_FOUND' });
  });
});
