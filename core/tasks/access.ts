import { can } from '../capabilities';
import type { Role } from '../roles';

/**
 * How a member stands to one item; an action on an item needs one of the relations listed for it. Besides owning
 * and leading this item, a member may hold a capability that reaches every item (core/capabilities).
 */
export type TaskRelation = 'owner' | 'leader' | 'seesAllItems' | 'assignsItems' | 'signsOffItems';

const ITEM_WIDE_CAPABILITIES = ['seesAllItems', 'assignsItems', 'signsOffItems'] as const;

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
 * Owners are the named 责任人 and the cadres of the 责任部门; the leader is the item's 责任领导; the 组长 and the
 * office see everything. A member can stand in several relations at once.
 */
export function relationsTo(viewer: TaskViewer, task: TaskParties): Set<TaskRelation> {
  const relations = new Set<TaskRelation>(ITEM_WIDE_CAPABILITIES.filter((capability) => can(viewer.roles, capability)));
  if (task.leaderId !== null && task.leaderId === viewer.id) relations.add('leader');
  const inDepartment = can(viewer.roles, 'ownsDepartmentItems') && task.departmentIds.some((id) => viewer.departmentIds.includes(id));
  if (task.assigneeIds.includes(viewer.id) || inDepartment) relations.add('owner');
  return relations;
}

/** The per-item half of the access rules; the role half is ACTION_ACCESS in core/permissions. */
export const TASK_ACTION_RELATIONS = {
  'tasks.get': ['owner', 'leader', 'seesAllItems'],
  'tasks.assign': ['assignsItems'],
  'tasks.markMeasure': ['owner'],
  'tasks.addProgress': ['owner'],
  'tasks.editProgress': ['owner'],
  'tasks.comment': ['leader', 'seesAllItems'],
  'tasks.requestExtension': ['owner'],
  'tasks.decideExtension': ['signsOffItems'],
  'closure.apply': ['owner'],
  // An item without a confirmed 责任领导 is reviewed by the 组长, so no item is stuck at 待审核.
  'closure.review': ['leader'],
  'closure.signOff': ['signsOffItems'],
} as const satisfies Record<string, readonly TaskRelation[]>;

export type TaskAction = keyof typeof TASK_ACTION_RELATIONS;

export function mayActOnTask(action: TaskAction, viewer: TaskViewer, task: TaskParties): boolean {
  const relations = relationsTo(viewer, task);
  if (action === 'closure.review' && task.leaderId === null) return relations.has('signsOffItems');
  return TASK_ACTION_RELATIONS[action].some((relation) => relations.has(relation));
}

/** Items a member can see at all: the same rule as tasks.get, for lists and counts. */
export function maySeeTask(viewer: TaskViewer, task: TaskParties): boolean {
  return mayActOnTask('tasks.get', viewer, task);
}
