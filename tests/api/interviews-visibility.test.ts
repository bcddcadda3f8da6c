import type { Emulator } from '../../emulator';
import { callApi, callExports, expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { fullProposal, interviewAt, setUpInterviewCast } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';

/** Confidentiality (participants, approver, office, secretary only — in lists and counts too), lists and the office's overview. */
describe('约谈 records: who sees them, lists and the overview', () => {
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

  it('answers FORBIDDEN to anyone not on the record, for every way of reading it', async () => {
    const id = (await interviewAt(cloud, cast, 'signed')).id;
    for (const stranger of [cast.strangerCadre, cast.strangerLeader]) {
      for (const action of ['interviews.get', 'interviews.verify'] as const) {
        expect(await callApi(cloud, stranger.openid, action, { interviewId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(await callApi(cloud, stranger.openid, 'interviews.get', { interviewId: id, revision: 1 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callExports(cloud, stranger.openid, 'exports.interview', { interviewId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, stranger.openid, 'interviews.revise', { interviewId: id, reason: '想改' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await callApi(cloud, cast.strangerLeader.openid, 'interviews.overview', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.subject.openid, 'interviews.overview', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    for (const insider of [cast.subject, cast.interviewer, cast.recorder, cast.approver, cast.secretary, { openid: OFFICE_OPENID }]) {
      expect(await callApi(cloud, insider.openid, 'interviews.get', { interviewId: id })).toMatchObject({ ok: true });
    }
  });

  it('lists and counts only the records a person is on, filtering in the database', async () => {
    const mine = await interviewAt(cloud, cast, 'pending_approval');
    await interviewAt(cloud, cast, 'approved', { subjectId: cast.recorder.id, recorderId: cast.strangerCadre.id });
    await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'reminder', subjectId: cast.subject.id, submit: false });

    const stranger = await expectOk(cloud, cast.strangerLeader.openid, 'interviews.list', {});
    expect(stranger.items).toEqual([]);
    expect(stranger.toSign).toEqual([]);
    expect(Object.values(stranger.counts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(0);

    const cadre = await expectOk(cloud, cast.strangerCadre.openid, 'interviews.list', {});
    expect(cadre.items.map((item) => item.subject?.name)).toEqual(['钱记录']);
    expect(cadre.counts).toMatchObject({ approved: 1, pending_approval: 0, draft: 0 });

    const subject = await expectOk(cloud, cast.subject.openid, 'interviews.list', {});
    expect(subject.items.map((item) => item.state).sort()).toEqual(['draft', 'pending_approval']);
    expect(subject.counts).toMatchObject({ draft: 1, pending_approval: 1, approved: 0 });

    const office = await expectOk(cloud, OFFICE_OPENID, 'interviews.list', {});
    expect(office.items).toHaveLength(3);
    expect(office.counts).toMatchObject({ draft: 1, pending_approval: 1, approved: 1 });
    const filtered = await expectOk(cloud, OFFICE_OPENID, 'interviews.list', { filter: { state: 'pending_approval' } });
    expect(filtered.items.map((item) => item.id)).toEqual([mine.id]);

  });

  it('filters in the query, not after it: a record behind a full page of others is still on the first page', async () => {
    const visible = await interviewAt(cloud, cast, 'pending_approval', { subjectId: cast.strangerCadre.id });
    // 21 newer records the stranger is not on: a filter applied after reading one page would leave the page empty.
    for (let index = 0; index < 21; index += 1) await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'reminder', subjectId: cast.subject.id, submit: false });
    const page = await expectOk(cloud, cast.strangerCadre.openid, 'interviews.list', {});
    expect(page.items.map((item) => item.id)).toEqual([visible.id]);
    expect(page.nextCursor).toBeNull();
    expect(Object.values(page.counts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it('puts my records to sign first, and pages the rest newest first', async () => {
    const toSign = await interviewAt(cloud, cast, 'pending_signatures');
    for (let index = 0; index < 22; index += 1) await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'reminder', subjectId: cast.subject.id, submit: false });
    const first = await expectOk(cloud, cast.subject.openid, 'interviews.list', {});
    expect(first.toSign.map((item) => [item.id, item.slotsToSign])).toEqual([[toSign.id, ['subject']]]);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await expectOk(cloud, cast.subject.openid, 'interviews.list', { cursor: first.nextCursor });
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    expect(second.toSign).toEqual([]);
    expect(second.counts).toBeNull();
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(23);
    expect(ids[ids.length - 1]).toBe(toSign.id);
    expect(await callApi(cloud, cast.subject.openid, 'interviews.list', { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    // The interviewer, whose slot is still empty, sees it to sign as well; the recorder does not.
    expect((await expectOk(cloud, cast.interviewer.openid, 'interviews.list', {})).toSign.map((item) => item.id)).toEqual([toSign.id]);
    expect((await expectOk(cloud, cast.recorder.openid, 'interviews.list', {})).toSign).toEqual([]);
  });

  it('warns the office when the half-year has no talk, and lists what each unfinished record is missing', async () => {
    const empty = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(empty.halfYear).toMatchObject({ held: 0, planned: 0, warning: expect.stringContaining('尚未开展约谈') });
    expect(empty.halfYear.label).toMatch(/^\d{4}年[上下]半年$/);
    expect(empty.incomplete).toEqual([]);

    const draft = (await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'interview', subjectId: cast.subject.id, submit: false })).interview;
    const pending = await interviewAt(cloud, cast, 'pending_approval');
    const planned = await expectOk(cloud, cast.secretary.openid, 'interviews.overview', {});
    // The draft has no time yet: it counts for the half-year it was proposed in.
    expect(planned.halfYear).toMatchObject({ held: 0, planned: 2, warning: expect.stringContaining('已安排2次') });
    const byId = Object.fromEntries(planned.incomplete.map((item) => [item.id, item.missing]));
    expect(byId[draft.id]).toEqual(['source', 'interviewers', 'recorder', 'approver', 'plannedAt', 'place', 'reason']);
    expect(byId[pending.id]).toEqual(['approverOpinion']);

    const signed = await interviewAt(cloud, cast, 'signed');
    const held = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    // Signed is not yet held for the half-year: a talk counts once its record is filed.
    expect(held.halfYear).toMatchObject({ held: 0, planned: 3 });
    expect(held.incomplete.find((item) => item.id === signed.id)?.missing).toEqual(['deptOpinion']);
    expect(held.counts).toMatchObject({ draft: 1, pending_approval: 1, signed: 1 });

    // A filed record whose 整改反馈 is past due shows up missing the feedback.
    const filed = await interviewAt(cloud, cast, 'filed');
    const afterFiling = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(afterFiling.halfYear).toMatchObject({ held: 1, warning: null });
    expect(afterFiling.incomplete.some((item) => item.id === filed.id)).toBe(false);
    await sdkDatabase(cloud).collection('interviews').doc(filed.id).update({ data: { feedbackDue: '2020-01-01' } });
    const overdue = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(overdue.incomplete.find((item) => item.id === filed.id)).toMatchObject({ missing: ['feedback'], feedbackState: 'overdue' });
  });

  it('does not list the secretary’s own pending approval under 缺项记录: it is his to approve', async () => {
    const mine = (await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { ...fullProposal(cast, { approverId: cast.secretary.id }), submit: true })).interview;
    const office = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(office.incomplete.find((item) => item.id === mine.id)?.missing).toEqual(['approverOpinion']);
    const secretary = await expectOk(cloud, cast.secretary.openid, 'interviews.overview', {});
    expect(secretary.incomplete.some((item) => item.id === mine.id)).toBe(false);
  });

  it('links an item the proposer can see, with its number and title copied onto the record', async () => {
    const db = sdkDatabase(cloud);
    const { _id: taskId } = await db.collection('tasks').add({
      data: { planId: 'p1', seq: 1, aspectIndex: 0, aspectTitle: '（三）基层党建', number: '4', title: '约谈工作流于形式', leaderId: cast.interviewer.id, departmentIds: [], assigneeIds: [], status: 'in_progress' },
    });
    const linked = await expectOk(cloud, cast.interviewer.openid, 'interviews.propose', fullProposal(cast, { source: { type: 'task', taskId } }));
    expect(linked.interview.source).toEqual({ type: 'task', taskId, number: '4', title: '约谈工作流于形式' });
    // A leader who does not lead the item cannot link it (nor learn its title).
    expect(await callApi(cloud, cast.strangerLeader.openid, 'interviews.propose', fullProposal(cast, { source: { type: 'task', taskId } }))).toMatchObject({ ok: false, code: 'TASK_NOT_FOUND' });
  });
});
