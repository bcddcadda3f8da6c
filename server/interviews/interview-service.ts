import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { GetInterviewOutput } from '../../core/actions/interviews';
import type { InterviewAction, InterviewViewer } from '../../core/interviews/access';
import { missingFieldsMessage } from '../../core/interviews/fields';
import type { InterviewField } from '../../core/interviews/fields';
import type { InterviewAbilities } from '../../core/interviews/model';
import { canonicalJson } from '../../core/interviews/seal';
import { contentIsSealed, nextInterviewState, whyNotNow } from '../../core/interviews/workflow';
import type { InterviewEvent } from '../../core/interviews/workflow';
import type { InterviewState } from '../../core/interviews/states';
import type { ActionContext, CurrentMember } from '../api/context';
import { requireMember } from '../api/context';
import { recordAudit } from '../db/audit';
import { findMembersByIds } from '../roster/member-repository';
import { COLLECTIONS } from '../db/collections';
import { getInTransaction } from '../db/transaction';
import type { Transaction } from '../platform/database-types';
import { temporaryUrlsOf } from '../platform/storage-files';
import type { ActorStamp, InterviewDocument, InterviewRevisionDocument } from './interview-documents';
import { findInterview, findRevision } from './interview-repository';
import { checkSeal, sealKeysForReading } from './interview-seal';
import { abilitiesOf, fileIDsOf, mayAct, missingToMoveOn, toDetail } from './interview-view';

export function viewerOf(member: CurrentMember): InterviewViewer {
  return { id: member.id, roles: member.roles };
}

export function stampOf(member: CurrentMember, at: Date): ActorStamp {
  return { byId: member.id, byName: member.name, at };
}

export function newInterviewId(): string {
  return `iv${randomBytes(10).toString('hex')}`;
}

export function incomplete(missing: readonly InterviewField[]): AppError {
  return new AppError('INCOMPLETE', missingFieldsMessage(missing), { missing: [...missing] });
}

/** Refuses to move a record on while it lacks a field its state requires (INCOMPLETE names them). */
export function requireComplete(doc: InterviewDocument): void {
  const missing = missingToMoveOn(doc);
  if (missing.length > 0) throw incomplete(missing);
}

/**
 * The refusal for an event that does not fit the state: SEALED when the record is signed or filed (its content
 * can only change through a new revision), INTERVIEW_INVALID_STATE otherwise (a skipped or repeated step).
 */
export function requireState(doc: Pick<InterviewDocument, 'state'>, event: InterviewEvent): InterviewState {
  const next = nextInterviewState(doc.state, event);
  if (next !== null) return next;
  if (contentIsSealed(doc.state)) throw new AppError('SEALED');
  throw new AppError('INTERVIEW_INVALID_STATE', whyNotNow(doc.state, event), { state: doc.state, event });
}

/** The record the caller may see and act on, or FORBIDDEN; a record that does not exist is INTERVIEW_NOT_FOUND. */
export async function loadForAction(context: ActionContext, interviewId: string, action: InterviewAction): Promise<InterviewDocument> {
  const viewer = viewerOf(requireMember(context));
  const doc = await findInterview(context.db, interviewId);
  if (!doc) throw new AppError('INTERVIEW_NOT_FOUND');
  if (!mayAct('interviews.get', viewer, doc) || !mayAct(action, viewer, doc)) throw new AppError('FORBIDDEN');
  return doc;
}

/** Top-level fields that changed, before and after, for the audit entry (ids and stamps only where they changed). */
function changes(before: InterviewDocument | null, after: InterviewDocument): { before: Record<string, unknown> | null; after: Record<string, unknown> } {
  const skip = new Set(['_id', 'updatedAt', 'version', 'sortKey']);
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof InterviewDocument)[]) {
    if (skip.has(key)) continue;
    const next = after[key];
    const previous = before ? before[key] : undefined;
    if (before && canonicalJson(previous ?? null) === canonicalJson(next ?? null)) continue;
    if (before) was[key] = previous ?? null;
    now[key] = next ?? null;
  }
  return { before: before ? was : null, after: now };
}

function withoutId(doc: InterviewDocument): Record<string, unknown> {
  const { _id: _ignored, ...data } = doc;
  return data;
}

export async function writeInterview(transaction: Transaction, doc: InterviewDocument): Promise<void> {
  await transaction.collection(COLLECTIONS.interviews).doc(doc._id).set({ data: withoutId(doc) });
}

export async function auditInterview(transaction: Transaction, action: string, actor: CurrentMember, at: Date, before: InterviewDocument | null, after: InterviewDocument): Promise<void> {
  const diff = changes(before, after);
  await recordAudit(transaction, { entity: 'interview', entityId: after._id, action, actorId: actor.id, at, before: diff.before, after: diff.after });
}

/**
 * One write to one record: re-read in a transaction, check the caller again, let `change` build the next
 * document (or throw a refusal), write it whole and audit it. A conflicting write (two signers at once) makes
 * the platform retry the transaction, so `change` sees the other's result.
 */
export async function mutateInterview(
  context: ActionContext,
  interviewId: string,
  action: InterviewAction,
  change: (doc: InterviewDocument, now: Date, transaction: Transaction) => Promise<InterviewDocument> | InterviewDocument,
): Promise<InterviewDocument> {
  const member = requireMember(context);
  const viewer = viewerOf(member);
  // Outside the transaction first: a stranger is refused without a transaction being opened.
  await loadForAction(context, interviewId, action);
  const now = context.now();
  const result: { written: InterviewDocument | null } = { written: null };
  await context.db.runTransaction(async (transaction) => {
    result.written = null;
    const doc = await getInTransaction<InterviewDocument>(transaction, COLLECTIONS.interviews, interviewId);
    if (!doc) throw new AppError('INTERVIEW_NOT_FOUND');
    const current: InterviewDocument = { ...doc, _id: interviewId };
    if (!mayAct(action, viewer, current)) throw new AppError('FORBIDDEN');
    const next = await change(current, now, transaction);
    const stored: InterviewDocument = { ...next, _id: interviewId, version: current.version + 1, updatedAt: now };
    await writeInterview(transaction, stored);
    await auditInterview(transaction, action, member, now, current, stored);
    result.written = stored;
  });
  if (!result.written) throw new Error('transaction finished without a result');
  return result.written;
}

const READ_ONLY: InterviewAbilities = {
  update: false,
  submit: false,
  approve: false,
  record: false,
  requestSignatures: false,
  sign: [],
  addDeptOpinion: false,
  file: false,
  feedback: false,
  revise: false,
  export: true,
  verify: true,
};

/** The record as a page sees it, its seal checked now (content re-hashed, images downloaded and re-hashed). */
export async function answerInterview(context: ActionContext, current: InterviewDocument, revisionDoc: InterviewRevisionDocument | null = null): Promise<GetInterviewOutput> {
  const viewer = viewerOf(requireMember(context));
  const now = context.now();
  const shown: InterviewDocument = revisionDoc ? { ...revisionDoc, _id: current._id } : current;
  const [seal, urls, signers] = await Promise.all([
    checkSeal(shown, current._id, sealKeysForReading(context.env), now),
    temporaryUrlsOf(fileIDsOf(shown)),
    findMembersByIds(context.db, shown.slots.map((slot) => slot.memberId)),
  ]);
  const reboundAt = new Map(signers.flatMap((signer) => (signer.reboundAt ? [[signer._id, new Date(signer.reboundAt)] as const] : [])));
  const interview = toDetail(shown, current._id, viewer, now, seal, urls, { revision: current.revision, revisions: current.revisions, seal: current.seal }, reboundAt);
  return { interview, can: revisionDoc ? READ_ONLY : abilitiesOf(current, viewer, now) };
}

/** The current record, or one of its older revisions when asked for (REVISION_NOT_FOUND when there is none). */
export async function loadRevision(context: ActionContext, current: InterviewDocument, revision: number | undefined): Promise<InterviewRevisionDocument | null> {
  if (revision === undefined || revision === current.revision) return null;
  const found = revision < current.revision ? await findRevision(context.db, current._id, revision) : null;
  if (!found) throw new AppError('REVISION_NOT_FOUND');
  return found;
}
