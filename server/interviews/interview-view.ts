import { mayActOnInterview } from '../../core/interviews/access';
import type { InterviewAction, InterviewParties, InterviewViewer } from '../../core/interviews/access';
import type { InterviewField, SignatureSlotId } from '../../core/interviews/fields';
import type {
  InterviewAbilities,
  InterviewDetail,
  InterviewParty,
  InterviewPathStep,
  InterviewSummary,
  SealStatus,
} from '../../core/interviews/model';
import { INTERVIEW_MAIN_PATH, INTERVIEW_STATE_LABELS } from '../../core/interviews/states';
import type { FeedbackState, InterviewState } from '../../core/interviews/states';
import { presentFields } from '../../core/interviews/transitions';
import { missingToLeave } from '../../core/interviews/workflow';
import { isImage } from '../../core/tasks/evidence';
import type { EvidenceFile, PersonRef } from '../../core/tasks/model';
import { daysUntil } from '../../core/time';
import type { ActorStamp, InterviewDocument, PartySnapshot } from './interview-documents';
import { signingHashOf } from './interview-seal';

const iso = (value: Date | string): string => new Date(value).toISOString();

export function partiesOf(doc: Pick<InterviewDocument, 'subjectId' | 'interviewerIds' | 'recorderId' | 'proposerId' | 'approverId'>): InterviewParties {
  return { subjectId: doc.subjectId, interviewerIds: doc.interviewerIds, recorderId: doc.recorderId, proposerId: doc.proposerId, approverId: doc.approverId };
}

export function mayAct(action: InterviewAction, viewer: InterviewViewer, doc: InterviewDocument): boolean {
  return mayActOnInterview(action, viewer, partiesOf(doc));
}

/** A stored record's fields by the names the state machine requires them. */
function fieldValuesOf(doc: InterviewDocument): Record<InterviewField, unknown> {
  const signed = doc.slots.length > 0 && doc.slots.every((slot) => doc.signatures.some((signature) => signature.slot === slot.slot));
  return {
    kind: doc.kind,
    source: doc.source,
    subject: doc.subjectId,
    interviewers: doc.interviewerIds,
    recorder: doc.recorderId,
    approver: doc.approverId,
    plannedAt: doc.plannedAt,
    place: doc.place,
    reason: doc.reason,
    approverOpinion: doc.approval?.opinion,
    heldAt: doc.record?.heldAt,
    content: doc.record?.content,
    statement: doc.record?.statement,
    requirements: doc.record?.requirements,
    commitments: doc.record?.commitments,
    feedbackDue: doc.record?.feedbackDue,
    signatures: signed ? doc.signatures : null,
    deptOpinion: doc.deptOpinion,
    feedback: doc.feedback,
  };
}

/** What the record lacks to leave its state forward (missingToLeave over its present fields). */
export function missingToMoveOn(doc: InterviewDocument): InterviewField[] {
  return missingToLeave(doc.state, presentFields(fieldValuesOf(doc)));
}

export function feedbackStateOf(doc: InterviewDocument, now: Date): FeedbackState {
  if (doc.feedback) return 'given';
  if (doc.state !== 'filed') return 'not_due';
  return doc.feedbackDue !== null && daysUntil(doc.feedbackDue, now) < 0 ? 'overdue' : 'pending';
}

/** What the record needs to move on; a filed record whose 整改反馈 is overdue misses the feedback. */
export function missingOf(doc: InterviewDocument, now: Date): InterviewField[] {
  const missing = missingToMoveOn(doc);
  if (feedbackStateOf(doc, now) === 'overdue') missing.push('feedback');
  return missing;
}

export function unsignedSlotsOf(doc: InterviewDocument): SignatureSlotId[] {
  return doc.slots.filter((slot) => !doc.signatures.some((signature) => signature.slot === slot.slot)).map((slot) => slot.slot);
}

export function abilitiesOf(doc: InterviewDocument, viewer: InterviewViewer, now: Date): InterviewAbilities {
  const may = (action: InterviewAction) => mayAct(action, viewer, doc);
  const editable = doc.state === 'draft' || doc.state === 'returned';
  return {
    update: editable && may('interviews.update'),
    submit: editable && may('interviews.submit'),
    approve: doc.state === 'pending_approval' && may('interviews.approve'),
    record:
      may('interviews.record') &&
      (doc.state === 'approved' || doc.state === 'recorded' || (doc.state === 'pending_signatures' && doc.signatures.length === 0)),
    requestSignatures: doc.state === 'recorded' && may('interviews.requestSignatures'),
    sign: doc.state === 'pending_signatures' ? doc.slots.filter((slot) => slot.memberId === viewer.id && unsignedSlotsOf(doc).includes(slot.slot)).map((slot) => slot.slot) : [],
    addDeptOpinion: doc.state === 'signed' && doc.deptOpinion === null && may('interviews.addDeptOpinion'),
    file: doc.state === 'signed' && may('interviews.file'),
    feedback: doc.state === 'filed' && doc.feedback === null && may('interviews.feedback') && feedbackStateOf(doc, now) !== 'given',
    revise: (doc.state === 'signed' || doc.state === 'filed') && may('interviews.revise'),
    export: may('exports.interview'),
    verify: may('interviews.verify'),
  };
}

function party(snapshot: PartySnapshot | null): InterviewParty | null {
  return snapshot ? { id: snapshot.id, name: snapshot.name, title: snapshot.title, departments: snapshot.departments } : null;
}

function person(stamp: ActorStamp): PersonRef {
  return { id: stamp.byId, name: stamp.byName };
}

export function toSummary(doc: InterviewDocument, interviewId: string, viewer: InterviewViewer, now: Date): InterviewSummary {
  return {
    id: interviewId,
    revision: doc.revision,
    kind: doc.kind,
    state: doc.state,
    subject: party(doc.subject),
    interviewers: doc.interviewers.map((snapshot) => party(snapshot) as InterviewParty),
    plannedAt: doc.plannedAt ? iso(doc.plannedAt) : null,
    place: doc.place,
    reason: doc.reason,
    source: doc.source,
    slotsToSign: abilitiesOf(doc, viewer, now).sign,
    missing: missingOf(doc, now),
    sealed: doc.seal !== null,
    feedbackState: feedbackStateOf(doc, now),
    updatedAt: iso(doc.updatedAt),
  };
}

const ORDER: Record<InterviewState, number> = { draft: 0, pending_approval: 1, returned: 1.5, approved: 2, recorded: 3, pending_signatures: 4, signed: 5, filed: 6 };

function stepStamp(doc: InterviewDocument, state: InterviewState): { at: string | null; by: PersonRef | null } {
  const from = (stamp: ActorStamp | null | undefined) => (stamp ? { at: iso(stamp.at), by: person(stamp) } : { at: null, by: null });
  switch (state) {
    case 'draft':
      return { at: iso(doc.createdAt), by: { id: doc.proposerId, name: doc.proposerName } };
    case 'pending_approval':
      return from(doc.submitted);
    case 'returned':
      return from(doc.lastReturn);
    case 'approved':
      return from(doc.approval?.decision === 'approve' ? doc.approval : null);
    case 'recorded':
      return from(doc.record);
    case 'pending_signatures':
      return from(doc.signaturesRequested);
    case 'signed':
      return { at: doc.seal ? iso(doc.seal.at) : null, by: null };
    case 'filed':
      return from(doc.filing);
  }
}

/** The drawn path: the main line, with 退回 shown after 待审批 while the record sits there. */
export function pathOf(doc: InterviewDocument): InterviewPathStep[] {
  const states: InterviewState[] = [...INTERVIEW_MAIN_PATH];
  if (doc.state === 'returned') states.splice(2, 0, 'returned');
  const current = ORDER[doc.state];
  return states.map((state) => {
    const reached = state === 'returned' ? true : ORDER[state] <= current;
    const stamp = reached ? stepStamp(doc, state) : { at: null, by: null };
    return { state, label: INTERVIEW_STATE_LABELS[state], reached, current: state === doc.state, at: stamp.at, by: stamp.by };
  });
}

function fileName(fileID: string): string {
  return decodeURIComponent(fileID.slice(fileID.lastIndexOf('/') + 1));
}

/** A file as pages show it: the name it was picked by when the app sent one, else its storage name. */
function evidence(fileID: string, urls: Map<string, string>, pickedName?: string | null): EvidenceFile {
  const stored = fileName(fileID);
  return { fileID, name: pickedName || stored, isImage: isImage(stored), url: urls.get(fileID) ?? '' };
}

/** Every file the detail shows, for one temporary-URL call. */
export function fileIDsOf(doc: InterviewDocument): string[] {
  return [...doc.signatures.map((signature) => signature.fileID), ...(doc.record?.attachments ?? []), ...(doc.feedback?.fileIDs ?? [])];
}

export function toDetail(
  doc: InterviewDocument,
  interviewId: string,
  viewer: InterviewViewer,
  now: Date,
  seal: SealStatus,
  urls: Map<string, string>,
  current: { revision: number; revisions: InterviewDocument['revisions']; seal: InterviewDocument['seal'] },
  reboundAt: ReadonlyMap<string, Date> = new Map(),
): InterviewDetail {
  return {
    ...toSummary(doc, interviewId, viewer, now),
    proposer: { id: doc.proposerId, name: doc.proposerName },
    recorder: party(doc.recorder),
    approver: party(doc.approver),
    approval: doc.approval ? { decision: doc.approval.decision, opinion: doc.approval.opinion, by: person(doc.approval), at: iso(doc.approval.at) } : null,
    lastReturn: doc.lastReturn ? { decision: 'return', opinion: doc.lastReturn.opinion, by: person(doc.lastReturn), at: iso(doc.lastReturn.at) } : null,
    record: doc.record
      ? {
          heldAt: doc.record.heldAt ? iso(doc.record.heldAt) : null,
          earlyReason: doc.record.earlyReason ?? null,
          content: doc.record.content,
          statement: doc.record.statement,
          requirements: doc.record.requirements,
          commitments: doc.record.commitments,
          feedbackDue: doc.record.feedbackDue,
          attachments: doc.record.attachments.map((fileID, index) => evidence(fileID, urls, doc.record?.attachmentNames?.[index])),
          by: person(doc.record),
          at: iso(doc.record.at),
        }
      : null,
    slots: doc.slots.map((slot) => {
      const signature = doc.signatures.find((entry) => entry.slot === slot.slot) ?? null;
      return {
        slot: slot.slot,
        role: slot.role,
        roleLabel: slot.role === 'subject' ? '约谈对象' : '约谈人',
        person: { id: slot.memberId, name: slot.name },
        signed: signature !== null,
        signedAt: signature ? iso(signature.signedAt) : null,
        sha256: signature?.sha256 ?? null,
        fileID: signature?.fileID ?? null,
        url: signature ? (urls.get(signature.fileID) ?? '') : '',
        signerReboundAt: reboundAt.has(slot.memberId) ? iso(reboundAt.get(slot.memberId) as Date) : null,
      };
    }),
    deptOpinion: doc.deptOpinion ? { text: doc.deptOpinion.text, by: person(doc.deptOpinion), at: iso(doc.deptOpinion.at) } : null,
    filed: doc.filing ? { by: person(doc.filing), at: iso(doc.filing.at) } : null,
    feedback: doc.feedback
      ? { text: doc.feedback.text, files: doc.feedback.fileIDs.map((fileID, index) => evidence(fileID, urls, doc.feedback?.fileNames?.[index])), by: person(doc.feedback), at: iso(doc.feedback.at), late: doc.feedback.late }
      : null,
    feedbackDue: doc.feedbackDue,
    seal,
    contentHash: signingHashOf(doc, interviewId),
    correction: doc.correction
      ? { reason: doc.correction.reason, previousRevision: doc.correction.previousRevision, by: person(doc.correction), at: iso(doc.correction.at) }
      : null,
    revisions: [
      { revision: current.revision, current: true, sealedAt: current.seal ? iso(current.seal.at) : null, hash: current.seal?.hash ?? null },
      ...[...current.revisions].reverse().map((entry) => ({ revision: entry.revision, current: false, sealedAt: entry.sealedAt ? iso(entry.sealedAt) : null, hash: entry.hash })),
    ],
    path: pathOf(doc),
    createdAt: iso(doc.createdAt),
  };
}
