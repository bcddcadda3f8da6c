import type { Emulator } from '../../emulator';
import type { ProposeInterviewInput } from '../../core/actions/interviews';
import type { SignatureSlotId } from '../../core/interviews/fields';
import { signatureUploadPath } from '../../core/interviews/fields';
import type { InterviewDetail } from '../../core/interviews/model';
import type { InterviewState } from '../../core/interviews/states';
import { expectOk, uploadThroughSdk } from './local-cloud';
import { OFFICE_OPENID, addBoundMember, setUpUnit } from './roster-fixture';
import type { TestPerson } from './roster-fixture';
import { signaturePng } from './png';
import { testNow } from './test-clock';

/** The people of a 约谈: who proposes, approves, talks, records, is talked to, and two who have nothing to do with it. */
export interface InterviewCast {
  officeId: string;
  departments: Record<string, string>;
  secretary: TestPerson;
  interviewer: TestPerson;
  interviewer2: TestPerson;
  approver: TestPerson;
  subject: TestPerson;
  recorder: TestPerson;
  strangerCadre: TestPerson;
  strangerLeader: TestPerson;
}

export async function setUpInterviewCast(cloud: Emulator): Promise<InterviewCast> {
  const { officeId, departments } = await setUpUnit(cloud);
  const office = departments['办公室'] as string;
  const finance = departments['财务室'] as string;
  return {
    officeId,
    departments,
    secretary: await addBoundMember(cloud, 'o-secretary', '张书记', ['secretary']),
    interviewer: await addBoundMember(cloud, 'o-interviewer', '王副组长', ['leader']),
    interviewer2: await addBoundMember(cloud, 'o-interviewer2', '孙副组长', ['leader']),
    approver: await addBoundMember(cloud, 'o-approver', '李副组长', ['leader']),
    subject: await addBoundMember(cloud, 'o-subject', '赵会计', ['cadre'], [finance]),
    recorder: await addBoundMember(cloud, 'o-recorder', '钱记录', ['cadre'], [office]),
    strangerCadre: await addBoundMember(cloud, 'o-stranger', '周路人', ['cadre'], [finance]),
    strangerLeader: await addBoundMember(cloud, 'o-stranger-leader', '吴旁观', ['leader']),
  };
}

export function inAnHour(): string {
  return new Date(testNow().getTime() + 3600_000).toISOString();
}

/** A complete proposal: the 对象, one or two 约谈人, the 记录人, the approver, time, place, reason and source. */
export function fullProposal(cast: InterviewCast, overrides: Partial<ProposeInterviewInput> = {}): ProposeInterviewInput {
  return {
    kind: 'reminder',
    source: { type: 'text', text: '财务核算不规范问题整改进度滞后' },
    subjectId: cast.subject.id,
    interviewerIds: [cast.interviewer.id],
    recorderId: cast.recorder.id,
    approverId: cast.approver.id,
    plannedAt: inAnHour(),
    place: '党组会议室',
    reason: '财务核算不规范问题整改进度滞后，约谈提醒。',
    ...overrides,
  };
}

export const FULL_RECORD = {
  content: '指出财务核算不规范问题整改进度滞后，要求加快调账。',
  statement: '本人对问题认识到位，保证按期完成整改。',
  requirements: '一周内完成调账，并报送整改情况。',
  commitments: ['本周内完成调账', '每月报送整改进展'],
};

export function fullRecord(interviewId: string) {
  const due = new Date(testNow().getTime() + 14 * 86400_000).toISOString().slice(0, 10);
  return { interviewId, heldAt: testNow().toISOString(), ...FULL_RECORD, feedbackDue: due };
}

let uploads = 0;

/** The signature pad's PNG uploaded where the app puts it; answers the fileID to pass to interviews.sign. */
export async function uploadSignature(cloud: Emulator, interviewId: string, slot: SignatureSlotId, bytes: Buffer): Promise<string> {
  uploads += 1;
  return uploadThroughSdk(cloud, signatureUploadPath(interviewId, slot, `t${uploads}${Date.now().toString(36)}`), bytes);
}

/** Draws (seeded strokes), uploads and signs one slot as `person`. */
export async function signAs(cloud: Emulator, person: TestPerson, interviewId: string, slot: SignatureSlotId, seed = 1): Promise<InterviewDetail> {
  const fileID = await uploadSignature(cloud, interviewId, slot, signaturePng(seed));
  return (await expectOk(cloud, person.openid, 'interviews.sign', { interviewId, slot, fileID, contentHash: await shownContentHash(cloud, interviewId) })).interview;
}

/** The contentHash a screen showing the record now displays (the same for every viewer): what interviews.sign carries back. */
export async function shownContentHash(cloud: Emulator, interviewId: string): Promise<string> {
  return (await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId })).interview.contentHash;
}

const ORDER: InterviewState[] = ['pending_approval', 'approved', 'recorded', 'pending_signatures', 'signed', 'filed'];

/** A record proposed by the office and driven, through the real actions, to `state`. */
export async function interviewAt(cloud: Emulator, cast: InterviewCast, state: InterviewState, overrides: Partial<ProposeInterviewInput> = {}): Promise<InterviewDetail> {
  let interview = (await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { ...fullProposal(cast, overrides), submit: state !== 'draft' })).interview;
  const id = interview.id;
  const reach = (target: InterviewState) => ORDER.indexOf(state) >= ORDER.indexOf(target);
  if (state === 'draft' || state === 'pending_approval') return interview;
  if (state === 'returned') {
    return (await expectOk(cloud, cast.approver.openid, 'interviews.approve', { interviewId: id, decision: 'return', opinion: '请补充事项依据' })).interview;
  }
  interview = (await expectOk(cloud, cast.approver.openid, 'interviews.approve', { interviewId: id, decision: 'approve', opinion: '同意约谈' })).interview;
  if (!reach('recorded')) return interview;
  interview = (await expectOk(cloud, cast.recorder.openid, 'interviews.record', fullRecord(id))).interview;
  if (!reach('pending_signatures')) return interview;
  interview = (await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id })).interview;
  if (!reach('signed')) return interview;
  const people: Record<string, TestPerson> = { [cast.subject.id]: cast.subject, [cast.interviewer.id]: cast.interviewer, [cast.interviewer2.id]: cast.interviewer2 };
  for (const [index, slot] of interview.slots.entries()) interview = await signAs(cloud, people[slot.person.id] as TestPerson, id, slot.slot, index + 1);
  if (!reach('filed')) return interview;
  await expectOk(cloud, OFFICE_OPENID, 'interviews.addDeptOpinion', { interviewId: id, opinion: '约谈程序规范，同意归档。' });
  return (await expectOk(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: id })).interview;
}
