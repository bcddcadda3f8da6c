import { closureStepTakenBy } from '../duties';
import type { ClosureActors, ClosureStep } from '../duties';
import { mayActOnTask } from './access';
import type { TaskParties, TaskViewer } from './access';
import type { TaskAbilities } from './model';
import type { TaskStatus } from './status';
import { mayAssign, mayDecideExtension, mayMarkMeasures, mayRequestExtension, nextStatus } from './workflow';

export interface AbilityInput extends TaskParties {
  status: TaskStatus;
  hasPendingExtension: boolean;
  /** Who applied for and reviewed the current 销号 (null: none yet): the next step is someone else's. */
  closureActors?: ClosureActors | null;
}

/**
 * What a member may do with an item right now: the relation half (mayActOnTask) and the state half (the
 * workflow) together. The server refuses exactly what this says no to, so the page can show only these buttons.
 */
export function taskAbilities(viewer: TaskViewer, task: AbilityInput): TaskAbilities {
  const may = (action: Parameters<typeof mayActOnTask>[0]) => mayActOnTask(action, viewer, task);
  const { status } = task;
  const otherPerson = (step: ClosureStep) => closureStepTakenBy(step, viewer.id, task.closureActors ?? null) === null;
  return {
    progress: may('tasks.addProgress') && nextStatus(status, { type: 'progress' }) !== null,
    markMeasure: may('tasks.markMeasure') && mayMarkMeasures(status),
    comment: may('tasks.comment'),
    assign: may('tasks.assign') && mayAssign(status),
    requestExtension: may('tasks.requestExtension') && mayRequestExtension(status) && !task.hasPendingExtension,
    decideExtension: may('tasks.decideExtension') && task.hasPendingExtension && mayDecideExtension(status),
    apply: may('closure.apply') && nextStatus(status, { type: 'apply' }) !== null,
    review: may('closure.review') && status === 'pending_review' && otherPerson('review'),
    signOff: may('closure.signOff') && status === 'pending_signoff' && otherPerson('signOff'),
  };
}

/**
 * What on the item waits for this viewer, in their words, or null: a 销号 to review or sign off, an extension to
 * decide, or their own item returned with 补充整改要求.
 */
export function waitingFor(viewer: TaskViewer, task: AbilityInput & { returnRequirement: string | null }): string | null {
  const can = taskAbilities(viewer, task);
  if (can.review) return '待您审核';
  if (can.signOff) return '待您审定';
  if (can.decideExtension) return '待您审批延期';
  if (can.apply && task.status === 'in_progress' && task.returnRequirement) return '待您补充整改';
  return null;
}
