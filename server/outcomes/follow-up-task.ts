import type { FollowUpOutcome } from '../../core/outcomes/model';
import type { TaskDocument } from '../tasks/task-documents';
import { initialTracking } from '../tasks/task-fields';

/** The child item's id follows from its 举一反三 outcome's: confirming twice can never make two items. */
export function followUpTaskId(outcomeId: string): string {
  return `fu-${outcomeId}`;
}

/**
 * A confirmed 举一反三 problem as an item of its own under `parent`: the parent's plan, 方面, 责任领导 and departments,
 * its own measures, owner and deadline. It starts 未开始 like an imported item and goes through 进展 and 销号 the same way.
 */
export function followUpTask(parent: TaskDocument, outcomeId: string, proposal: Omit<FollowUpOutcome, 'child'>, createdById: string, now: Date): TaskDocument {
  const _id = followUpTaskId(outcomeId);
  const place = { _id, planId: parent.planId, seq: parent.seq, dueDate: proposal.dueDate, parentTaskId: parent._id };
  return {
    ...place,
    aspectIndex: parent.aspectIndex,
    aspectTitle: parent.aspectTitle,
    number: null,
    title: proposal.problem,
    manifestations: [],
    measures: proposal.measures.map((text, index) => ({ id: `m${index + 1}`, text, done: false, note: null })),
    target: null,
    leaderName: parent.leaderName,
    leaderId: parent.leaderId,
    departmentNames: parent.departmentNames,
    departmentIds: parent.departmentIds,
    assigneeIds: [proposal.ownerId],
    deadline: { immediate: false, longTerm: false, months: null, date: proposal.dueDate, text: null },
    status: 'not_started',
    internal: parent.internal === true,
    ...initialTracking(place, createdById),
    createdAt: now,
    updatedAt: now,
  };
}
