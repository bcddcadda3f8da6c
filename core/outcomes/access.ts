import { mayActOnTask, relationsTo } from '../tasks/access';
import type { TaskParties, TaskViewer } from '../tasks/access';
import type { OutcomeKind } from './kinds';

/**
 * Outcomes follow their item: the owner records and marks 举一反三 measures, the reviewer of 销号 (责任领导, or the
 * 组长 when the item has none) confirms. 问责 is confidential like a 约谈: only the office, the 书记 and the item's
 * 责任领导 see it — counted, never named, anywhere else.
 */
export function mayRecordOutcome(viewer: TaskViewer, task: TaskParties): boolean {
  return mayActOnTask('tasks.addProgress', viewer, task);
}

export function mayDecideOutcome(viewer: TaskViewer, task: TaskParties): boolean {
  return mayActOnTask('closure.review', viewer, task);
}

export function maySeeOutcome(viewer: TaskViewer, task: TaskParties, kind: OutcomeKind): boolean {
  if (kind !== 'accountability') return mayActOnTask('tasks.get', viewer, task);
  const relations = relationsTo(viewer, task);
  return relations.has('seesAllItems') || relations.has('leader');
}
