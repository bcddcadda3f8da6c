import { interviewStepTakenBy, sameInterviewActorMessage } from '../../core/duties';
import type { InterviewStep } from '../../core/duties';
import { AppError } from '../../core/errors';
import type { ParsedActionInput } from '../../core/actions';
import { INTERVIEW_PAGE_SIZE } from '../../core/actions/interviews';
import { halfYearOf, halfYearWarning } from '../../core/interviews/half-year';
import { heldAtProblem, recordIsLocked } from '../../core/interviews/transitions';
import { chineseDate, daysUntil } from '../../core/time';
import type { ActionHandler } from '../api/handlers';
import type { ActionContext } from '../api/context';
import { requireMember } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { FileAcceptance } from '../files/accepted-files';
import type { InterviewDocument, InterviewRevisionDocument } from '../interviews/interview-documents';
import { revisionDocumentId } from '../interviews/interview-documents';
import { resolveProposal, viewerIdsOf } from '../interviews/interview-parties';
import type { ResolvedProposal } from '../interviews/interview-parties';
import { countByState, countHalfYear, listAwaitingSignature, listInterviewPage, listRevisions, listUnfinished } from '../interviews/interview-repository';
import { appendixHashOf, checkChain, sealKeysForReading, sealKeysOf } from '../interviews/interview-seal';
import {
  answerInterview,
  auditInterview,
  loadForAction,
  loadRevision,
  mutateInterview,
  newInterviewId,
  requireComplete,
  requireState,
  stampOf,
  viewerOf,
  writeInterview,
} from '../interviews/interview-service';
import { signInterview as signInterviewSlot } from '../interviews/interview-signing';
import { interviewDecided, interviewFiled, signaturesRequested } from '../interviews/interview-decisions';
import { tellDecision } from '../reminders/decision-notices';
import { toSummary } from '../interviews/interview-view';

type ProposalInput = Omit<ParsedActionInput<'interviews.propose'>, 'submit'>;

/** The proposal's fields of a record, from the form and the resolved people. */
function proposalOf(input: ProposalInput, resolved: ResolvedProposal, proposerId: string, proposedAt: Date) {
  const plannedAt = input.plannedAt ? new Date(input.plannedAt) : null;
  return {
    kind: input.kind,
    source: resolved.source,
    subjectId: resolved.subject?.id ?? null,
    subject: resolved.subject,
    interviewerIds: resolved.interviewers.map((interviewer) => interviewer.id),
    interviewers: resolved.interviewers,
    recorderId: resolved.recorder?.id ?? null,
    recorder: resolved.recorder,
    approverId: resolved.approver?.id ?? null,
    approver: resolved.approver,
    plannedAt,
    place: input.place,
    reason: input.reason,
    slots: resolved.slots,
    viewerIds: viewerIdsOf(proposerId, resolved),
    // A draft not yet given a time is still arranged: for the half-year it was proposed in.
    plannedHalf: halfYearOf(plannedAt ?? proposedAt).key,
  };
}

/** The server's copies of a record's uploads (attachments, feedback files), checked and copied once per call. */
function fileAcceptance(context: ActionContext, interviewId: string, memberId: string): FileAcceptance {
  return new FileAcceptance({ owner: { kind: 'interview', id: interviewId }, memberId, now: context.now() });
}

export const proposeInterview: ActionHandler<'interviews.propose'> = async (input, context) => {
  const member = requireMember(context);
  const now = context.now();
  const { submit, ...proposal } = input;
  const resolved = await resolveProposal(context.db, member, proposal);
  const id = newInterviewId();
  let doc: InterviewDocument = {
    _id: id,
    revision: 1,
    state: 'draft',
    ...proposalOf(proposal, resolved, member.id, now),
    proposerId: member.id,
    proposerName: member.name,
    submitted: null,
    approval: null,
    lastReturn: null,
    record: null,
    signaturesRequested: null,
    signatures: [],
    pendingSignerIds: [],
    seal: null,
    deptOpinion: null,
    filing: null,
    appendixHash: null,
    feedbackDue: null,
    feedback: null,
    correction: null,
    revisions: [],
    heldHalf: null,
    sortKey: `${now.toISOString()}|${id}`,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  if (submit) {
    requireComplete(doc);
    doc = { ...doc, state: 'pending_approval', submitted: stampOf(member, now) };
  }
  await context.db.runTransaction(async (transaction) => {
    await writeInterview(transaction, doc);
    await auditInterview(transaction, 'interviews.propose', member, now, null, doc);
  });
  return answerInterview(context, doc);
};

export const updateInterview: ActionHandler<'interviews.update'> = async (input, context) => {
  const member = requireMember(context);
  const { interviewId, ...proposal } = input;
  const before = await loadForAction(context, interviewId, 'interviews.update');
  requireState(before, 'update');
  const resolved = await resolveProposal(context.db, member, proposal);
  const doc = await mutateInterview(context, interviewId, 'interviews.update', (current) => {
    requireState(current, 'update');
    return { ...current, ...proposalOf(proposal, resolved, current.proposerId, current.createdAt) };
  });
  return answerInterview(context, doc);
};

export const submitInterview: ActionHandler<'interviews.submit'> = async (input, context) => {
  const member = requireMember(context);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.submit', (current, now) => {
    const next = requireState(current, 'submit');
    requireComplete(current);
    return { ...current, state: next, submitted: stampOf(member, now), lastReturn: null };
  });
  return answerInterview(context, doc);
};

/** Proposer ≠ approver ≠ 记录人 of one 约谈 (DISTINCT_ACTORS in core/duties), checked when the step is taken. */
function refuseSameInterviewActor(step: InterviewStep, memberId: string, parties: Parameters<typeof interviewStepTakenBy>[2]): void {
  const taken = interviewStepTakenBy(step, memberId, parties);
  if (taken) throw new AppError('FORBIDDEN', sameInterviewActorMessage(step, taken));
}

export const approveInterview: ActionHandler<'interviews.approve'> = async (input, context) => {
  const member = requireMember(context);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.approve', (current, now) => {
    const next = requireState(current, input.decision === 'approve' ? 'approve' : 'return');
    refuseSameInterviewActor('approve', member.id, { proposerId: current.proposerId, approverId: null, recorderId: current.recorderId });
    const entry = { ...stampOf(member, now), decision: input.decision, opinion: input.opinion };
    return input.decision === 'approve' ? { ...current, state: next, approval: entry } : { ...current, state: next, approval: null, lastReturn: entry };
  });
  for (const decision of interviewDecided(doc, input.decision, input.opinion, member.name)) await tellDecision(context, decision);
  return answerInterview(context, doc);
};

/** heldAtProblem (core/interviews/transitions) as the refusal a person reads, on the field to correct. */
function checkHeldAt(heldAt: Date, plannedAt: Date | null, earlyReason: string | null, now: Date): void {
  const problem = heldAtProblem(heldAt, plannedAt, earlyReason, now);
  if (problem === null) return;
  if (problem.code === 'HELD_IN_FUTURE') throw new AppError('HELD_IN_FUTURE', undefined, { issues: [{ path: 'heldAt', message: '谈话时间不能晚于现在' }] });
  const planned = chineseDate(problem.plannedDay);
  throw new AppError('HELD_BEFORE_PLANNED', `约谈安排在${planned}，谈话时间早于这一天：请核对谈话时间，或填写提前谈话的原因`, {
    issues: [{ path: 'earlyReason', message: `谈话早于安排的${planned}，请说明原因` }],
  });
}

export const recordInterview: ActionHandler<'interviews.record'> = async (input, context) => {
  const member = requireMember(context);
  const acceptance = fileAcceptance(context, input.interviewId, member.id);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.record', async (current, now, transaction) => {
    const next = requireState(current, 'record');
    refuseSameInterviewActor('record', member.id, { proposerId: null, approverId: current.approval?.byId ?? null, recorderId: null });
    if (recordIsLocked(current.state, current.signatures.length)) {
      throw new AppError('INTERVIEW_INVALID_STATE', '已有人签字，不能再修改记录；如需更正，请在签字完成后创建更正版本', { state: current.state });
    }
    const attachments = await acceptance.accept(transaction, input.attachments, input.attachmentNames);
    const heldAt = input.heldAt ? new Date(input.heldAt) : null;
    if (heldAt) checkHeldAt(heldAt, current.plannedAt, input.earlyReason, now);
    return {
      ...current,
      state: next,
      record: {
        heldAt,
        earlyReason: input.earlyReason,
        content: input.content,
        statement: input.statement,
        requirements: input.requirements,
        commitments: input.commitments,
        feedbackDue: input.feedbackDue,
        attachments,
        attachmentNames: input.attachmentNames ?? null,
        ...stampOf(member, now),
      },
      feedbackDue: input.feedbackDue,
      heldHalf: halfYearOf(heldAt ?? current.plannedAt ?? now).key,
      signaturesRequested: null,
      pendingSignerIds: [],
    };
  });
  return answerInterview(context, doc);
};

export const requestSignatures: ActionHandler<'interviews.requestSignatures'> = async (input, context) => {
  const member = requireMember(context);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.requestSignatures', (current, now) => {
    const next = requireState(current, 'requestSignatures');
    requireComplete(current);
    return { ...current, state: next, signaturesRequested: stampOf(member, now), pendingSignerIds: current.slots.map((slot) => slot.memberId) };
  });
  await tellDecision(context, signaturesRequested(doc, member.name));
  return answerInterview(context, doc);
};

export const signInterview: ActionHandler<'interviews.sign'> = async (input, context) => {
  const doc = await signInterviewSlot(context, input);
  return answerInterview(context, doc);
};

export const addDeptOpinion: ActionHandler<'interviews.addDeptOpinion'> = async (input, context) => {
  const member = requireMember(context);
  const keys = sealKeysOf(context.env);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.addDeptOpinion', (current, now) => {
    requireState(current, 'addDeptOpinion');
    // Given once: it joins the sealed appendix at once.
    if (current.deptOpinion !== null || !current.seal) throw new AppError('SEALED');
    const next = { ...current, deptOpinion: { ...stampOf(member, now), text: input.opinion } };
    return { ...next, appendixHash: appendixHashOf(next, keys) };
  });
  return answerInterview(context, doc);
};

export const fileInterview: ActionHandler<'interviews.file'> = async (input, context) => {
  const member = requireMember(context);
  const keys = sealKeysOf(context.env);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.file', (current, now) => {
    const state = requireState(current, 'file');
    requireComplete(current);
    if (!current.seal) throw new AppError('INTERVIEW_INVALID_STATE');
    const next = { ...current, state, filing: stampOf(member, now) };
    return { ...next, appendixHash: appendixHashOf(next, keys) };
  });
  for (const decision of interviewFiled(doc)) await tellDecision(context, decision);
  return answerInterview(context, doc);
};

export const feedbackInterview: ActionHandler<'interviews.feedback'> = async (input, context) => {
  const member = requireMember(context);
  const keys = sealKeysOf(context.env);
  const acceptance = fileAcceptance(context, input.interviewId, member.id);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.feedback', async (current, now, transaction) => {
    if (current.feedback) throw new AppError('FEEDBACK_GIVEN');
    const state = requireState(current, 'feedback');
    const late = current.feedbackDue !== null && daysUntil(current.feedbackDue, now) < 0;
    const fileIDs = await acceptance.accept(transaction, input.fileIDs, input.fileNames);
    const next = { ...current, state, feedback: { ...stampOf(member, now), text: input.text, fileIDs, fileNames: input.fileNames ?? null, late } };
    // Feedback joins the sealed appendix: its text and its files' bytes cannot change unnoticed.
    return next.seal ? { ...next, appendixHash: appendixHashOf(next, keys) } : next;
  });
  return answerInterview(context, doc);
};

export const reviseInterview: ActionHandler<'interviews.revise'> = async (input, context) => {
  const member = requireMember(context);
  const doc = await mutateInterview(context, input.interviewId, 'interviews.revise', async (current, now, transaction) => {
    const state = requireState(current, 'revise');
    // The sealed revision is kept whole, as it was, before the record moves on.
    const frozen: InterviewRevisionDocument = { ...current, _id: revisionDocumentId(current._id, current.revision), interviewId: current._id, supersededAt: now };
    const { _id: _ignored, ...data } = frozen;
    await transaction.collection(COLLECTIONS.interviewRevisions).doc(frozen._id).set({ data });
    return {
      ...current,
      revision: current.revision + 1,
      state,
      signatures: [],
      pendingSignerIds: [],
      signaturesRequested: null,
      seal: null,
      deptOpinion: null,
      filing: null,
      appendixHash: null,
      correction: { ...stampOf(member, now), reason: input.reason, previousRevision: current.revision },
      revisions: [...current.revisions, { revision: current.revision, sealedAt: current.seal?.at ?? null, hash: current.seal?.hash ?? null }],
    };
  });
  return answerInterview(context, doc);
};

export const getInterview: ActionHandler<'interviews.get'> = async (input, context) => {
  const current = await loadForAction(context, input.interviewId, 'interviews.get');
  return answerInterview(context, current, await loadRevision(context, current, input.revision));
};

/** The whole chain: every revision's MAC and files, and each link to the one before; names what differs. */
export const verifyInterview: ActionHandler<'interviews.verify'> = async (input, context) => {
  const current = await loadForAction(context, input.interviewId, 'interviews.verify');
  const shownRevision = (await loadRevision(context, current, input.revision))?.revision ?? current.revision;
  const older = await listRevisions(context.db, current._id);
  return { interviewId: current._id, revision: shownRevision, seal: await checkChain(current, older, sealKeysForReading(context.env), context.now(), shownRevision) };
};

export const listInterviews: ActionHandler<'interviews.list'> = async (input, context) => {
  const viewer = viewerOf(requireMember(context));
  const now = context.now();
  const firstPage = input.cursor === null;
  const [page, toSign, counts] = await Promise.all([
    listInterviewPage(context.db, viewer, input.filter, input.cursor, INTERVIEW_PAGE_SIZE),
    firstPage ? listAwaitingSignature(context.db, viewer.id, INTERVIEW_PAGE_SIZE) : Promise.resolve([]),
    firstPage && input.withCounts ? countByState(context.db, viewer, { kind: input.filter.kind }) : Promise.resolve(null),
  ]);
  const summary = (doc: InterviewDocument) => toSummary(doc, doc._id, viewer, now);
  return { toSign: toSign.map(summary), items: page.items.map(summary), nextCursor: page.nextCursor, counts };
};

export const interviewOverview: ActionHandler<'interviews.overview'> = async (_input, context: ActionContext) => {
  const viewer = viewerOf(requireMember(context));
  const now = context.now();
  const halfYear = halfYearOf(now);
  const [unfinished, half, counts] = await Promise.all([listUnfinished(context.db), countHalfYear(context.db, halfYear.key), countByState(context.db, viewer)]);
  // A record waiting for the viewer's own approval is theirs to act on (待您审批), not a gap in someone's paperwork.
  const incompleteRecords = unfinished
    .filter((doc) => !(doc.state === 'pending_approval' && doc.approverId === viewer.id))
    .map((doc) => toSummary(doc, doc._id, viewer, now))
    .filter((summary) => summary.missing.length > 0);
  return {
    incomplete: incompleteRecords,
    halfYear: { label: halfYear.label, start: halfYear.start, end: halfYear.end, held: half.held, planned: half.planned, warning: halfYearWarning(halfYear, half.held, half.planned) },
    counts,
  };
};
