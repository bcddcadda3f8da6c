import type { Emulator } from '../../emulator';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { fullRecord, interviewAt, setUpInterviewCast, signAs } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';
import { dayFromToday, today } from '../support/task-fixture';

/** A 约谈 has a planned and an actual time (issue 16, point 2): a talk is recorded once it took place, never ahead. */
describe('约谈: planned and actual time', () => {
  let cloud: Emulator;
  let cast: InterviewCast;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
    cast = await setUpInterviewCast(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  const startOfToday = () => `${today()}T00:00:00+08:00`;

  it('refuses a talk recorded before its planned day without a reason, and keeps the record as it was', async () => {
    const id = (await interviewAt(cloud, cast, 'approved', { plannedAt: `${dayFromToday(2)}T09:00:00+08:00` })).id;
    const before = await collectionSnapshot(cloud, 'interviews');
    const refused = await callApi(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(id), heldAt: startOfToday() });
    expect(refused).toMatchObject({ ok: false, code: 'HELD_BEFORE_PLANNED', details: { issues: [{ path: 'earlyReason' }] } });
    expect(refused.ok === false && refused.message).toMatch(/^约谈安排在\d{4}年\d{1,2}月\d{1,2}日，谈话时间早于这一天/);
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);
    const early = await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(id), heldAt: startOfToday(), earlyReason: '对象下周出差，经审批领导同意提前谈话' });
    expect(early.interview.record).toMatchObject({ heldAt: new Date(startOfToday()).toISOString(), earlyReason: '对象下周出差，经审批领导同意提前谈话' });
  });

  it('refuses an actual time in the future: signatures, at the server time, can then never predate the talk', async () => {
    const id = (await interviewAt(cloud, cast, 'approved', { plannedAt: `${today()}T08:00:00+08:00` })).id;
    const before = await collectionSnapshot(cloud, 'interviews');
    const refused = await callApi(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(id), heldAt: `${dayFromToday(1)}T09:00:00+08:00` });
    expect(refused).toMatchObject({ ok: false, code: 'HELD_IN_FUTURE', message: '谈话时间不能晚于现在：请在谈话结束后记录' });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);
    await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(id), heldAt: startOfToday() });
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    const signed = await signAs(cloud, cast.subject, id, 'subject');
    const slot = signed.slots.find((entry) => entry.slot === 'subject');
    expect(slot?.signed).toBe(true);
    expect(Date.parse(signed.record?.heldAt ?? '')).toBeLessThanOrEqual(Date.parse(slot?.signedAt ?? ''));
  });

  it('says what has to happen first when a step comes too early', async () => {
    const pending = (await interviewAt(cloud, cast, 'pending_approval')).id;
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', fullRecord(pending))).toMatchObject({
      ok: false,
      code: 'INTERVIEW_INVALID_STATE',
      message: '约谈尚未审批，审批同意后才能记录谈话',
    });
    const approved = (await interviewAt(cloud, cast, 'approved')).id;
    const fileID = `cloud://local-dev.x/uploads/interviews/${approved}/subject-abcdef.png`;
    // Not "这不是您的签字栏": the cause is that nothing has been recorded yet.
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.sign', { interviewId: approved, slot: 'subject', fileID, contentHash: '0'.repeat(64) })).toMatchObject({
      ok: false,
      code: 'INTERVIEW_INVALID_STATE',
      message: '谈话尚未记录，记录人提交签字后才能签字',
    });
  });

  it('counts a talk for the half-year once filed, and a draft with a planned time as arranged', async () => {
    const empty = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(empty.halfYear).toMatchObject({ held: 0, planned: 0 });
    await interviewAt(cloud, cast, 'draft');
    await interviewAt(cloud, cast, 'signed');
    const arranged = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(arranged.halfYear).toMatchObject({ held: 0, planned: 2, warning: expect.stringContaining('还没有归档的约谈（已安排2次，尚未完成）') });
    await interviewAt(cloud, cast, 'filed');
    const filed = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(filed.halfYear).toMatchObject({ held: 1, planned: 2, warning: null });
  });
});
