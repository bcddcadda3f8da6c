import type { Role } from '../roles';

/** How a member stands to one item; an action on an item needs one of the relations listed for it. */
export type TaskRelation = 'owner' | 'leader' | 'secretary' | 'office';

export interface TaskParties {
  leaderId: string | null;
  departmentIds: string[];
  assigneeIds: string[];
}

export interface TaskViewer {
  id: string;
  roles: readonly Role[];
  departmentIds: readonly string[];
}

/**
 * Owners are the named 责任人 and the cadres of the 责任部门; the leader is the item's 责任领导; the secretary (组长)
 * and the office see everything. A member can stand in several relations at once.
 */
export function relationsTo(viewer: TaskViewer, task: TaskParties): Set<TaskRelation> {
  const relations = new Set<TaskRelation>();
  if (viewer.roles.includes('office')) relations.add('office');
  if (viewer.roles.includes('secretary')) relations.add('secretary');
  if (task.leaderId !== null && task.leaderId === viewer.id) relations.add('leader');
  const inDepartment = viewer.roles.includes('cadre') && task.departmentIds.some((id) => viewer.departmentIds.includes(id));
  if (task.assigneeIds.includes(viewer.id) || inDepartment) relations.add('owner');
  return relations;
}

/** The per-item half of the access rules; the role half is ACTION_ACCESS in core/permissions. */
export const TASK_ACTION_RELATIONS = {
  'tasks.get': ['owner', 'leader', 'secretary', 'office'],
  'tasks.assign': ['office', 'secretary'],
  'tasks.markMeasure': ['owner'],
  'tasks.addProgress': ['owner'],
  'tasks.editProgress': ['owner'],
  'tasks.comment': ['leader', 'secretary', 'office'],
  'tasks.requestExtension': ['owner'],
  'tasks.decideExtension': ['secretary'],
  'closure.apply': ['owner'],
  // An item without a confirmed 责任领导 is reviewed by the 组长, so no item is stuck at 待审核.
  'closure.review': ['leader'],
  'closure.signOff': ['secretary'],
} as const satisfies Record<string, readonly TaskRelation[]>;

export type TaskAction = keyof typeof TASK_ACTION_RELATIONS;

export function mayActOnTask(action: TaskAction, viewer: TaskViewer, task: TaskParties): boolean {
  const relations = relationsTo(viewer, task);
  if (action === 'closure.review' && task.leaderId === null) return relations.has('secretary');
  return TASK_ACTION_RELATIONS[action].some((relation) => relations.has(relation));
}

/** Items a member can see at all: the same rule as tasks.get, for lists and counts. */
export function maySeeTask(viewer: TaskViewer, task: TaskParties): boolean {
  return mayActOnTask('tasks.get', viewer, task);
}
