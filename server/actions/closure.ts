import { AppError } from '../../core/errors';
import { nextStatus } from '../../core/tasks/workflow';
import { addMonths } from '../../core/time';
import type { ActionHandler } from '../api/handlers';
import { closureStepTakenBy, sameClosureActorMessage } from '../../core/duties';
import type { ClosureStep } from '../../core/duties';
import type { ClosureRecord, ClosureStepRecord } from '../tasks/task-documents';
import { attachments } from '../tasks/task-fields';
import { acceptedSha256Of } from '../files/accepted-files';
import { writeTask } from '../tasks/task-write';
import { requireMember } from '../api/context';
import { tellDecision } from '../reminders/decision-notices';
import { closureReviewed, closureSignedOff } from '../tasks/task-decisions';

/** Applicant, reviewer and signer of one item are three people (DISTINCT_ACTORS in core/duties). */
function refuseSamePerson(step: ClosureStep, memberId: string, closure: ClosureRecord): void {
  const taken = closureStepTakenBy(step, memberId, { appliedById: closure.appliedById, reviewedById: closure.review?.byId ?? null });
  if (taken) throw new AppError('SAME_PERSON', sameClosureActorMessage(step, taken));
}

/**
 * 销号 in three steps, each recorded with who, when and the opinion: the owner applies with a summary and
 * evidence (→ 待审核); the 责任领导 — or the secretary when the item has no confirmed leader — passes (→ 待审定)
 * or returns with 补充整改要求 (→ 整改中); the secretary signs off (→ 已销号, or 长期坚持 under quarterly
 * review when the deadline said so) or returns. The workflow in core decides which step fits which status.
 */
export const applyClosure: ActionHandler<'closure.apply'> = async (input, context) =>
  writeTask(context, {
    taskId: input.taskId,
    action: 'closure.apply',
    version: input.version,
    decide: async (task, { now, member, acceptFiles }) => {
      const status = nextStatus(task.status, { type: 'apply' });
      if (!status) throw new AppError('INVALID_STATE');
      // Evidence already accepted for this item's 进展 may be picked again instead of uploaded twice; nothing else.
      const foreign = input.fileIDs.find((fileID) => acceptedSha256Of(fileID) !== null && !(task.evidenceFiles ?? []).includes(fileID));
      if (foreign) throw new AppError('FILE_NOT_ALLOWED', '所选佐证材料不是本事项进展中的附件，请重新选择', { fileID: foreign });
      const fileIDs = await acceptFiles(input.fileIDs, input.fileNames);
      const closure = { summary: input.summary, fileIDs, fileNames: input.fileNames ?? null, appliedAt: now, appliedById: member.id, review: null, signOff: null };
      return {
        set: { status, closure: context.db.command.set(closure), returnRequirement: null, ...attachments(task.evidenceFiles, fileIDs) },
        before: { status: task.status, returnRequirement: task.returnRequirement ?? null },
        after: { status, summary: input.summary, fileIDs, fileNames: input.fileNames ?? null },
      };
    },
  });

export const reviewClosure: ActionHandler<'closure.review'> = async (input, context) => {
  const written = await writeTask(context, {
    taskId: input.taskId,
    action: 'closure.review',
    version: input.version,
    decide: async (task, { now, member }) => {
      const status = nextStatus(task.status, { type: 'review', decision: input.decision });
      if (!status || !task.closure) throw new AppError('INVALID_STATE');
      refuseSamePerson('review', member.id, task.closure);
      const review: ClosureStepRecord = { decision: input.decision, opinion: input.opinion, at: now, byId: member.id };
      const returnRequirement = input.decision === 'return' ? input.opinion : null;
      return {
        set: { status, closure: context.db.command.set({ ...task.closure, review }), returnRequirement },
        before: { status: task.status },
        after: { status, decision: input.decision, opinion: input.opinion, returnRequirement },
      };
    },
  });
  const decision = closureReviewed(written.task, input.decision, input.opinion, requireMember(context).name);
  if (decision) await tellDecision(context, decision);
  return written;
};

export const signOffClosure: ActionHandler<'closure.signOff'> = async (input, context) => {
  const written = await writeTask(context, {
    taskId: input.taskId,
    action: 'closure.signOff',
    version: input.version,
    decide: async (task, { now, today, member, settings }) => {
      const status = nextStatus(task.status, { type: 'signOff', decision: input.decision, longTerm: task.deadline.longTerm });
      if (!status || !task.closure) throw new AppError('INVALID_STATE');
      refuseSamePerson('signOff', member.id, task.closure);
      const signOff: ClosureStepRecord = { decision: input.decision, opinion: input.opinion, at: now, byId: member.id };
      const passed = input.decision === 'pass';
      const set = {
        status,
        closure: context.db.command.set({ ...task.closure, signOff }),
        returnRequirement: passed ? null : input.opinion,
        // 销号时间 for the 台账; a 长期坚持 item was 销号 too, and reports its consolidation from here on.
        closedAt: passed ? now : null,
        nextReviewDue: status === 'long_term' ? addMonths(today, settings.reviewMonths) : (task.nextReviewDue ?? null),
      };
      return {
        set,
        before: { status: task.status, closedAt: task.closedAt ?? null, nextReviewDue: task.nextReviewDue ?? null },
        after: { status, decision: input.decision, opinion: input.opinion, closedAt: set.closedAt, nextReviewDue: set.nextReviewDue, returnRequirement: set.returnRequirement },
      };
    },
  });
  const decision = closureSignedOff(written.task, input.decision, input.opinion, requireMember(context).name);
  if (decision) await tellDecision(context, decision);
  return written;
};
