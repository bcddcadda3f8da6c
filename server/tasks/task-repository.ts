import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import { operatorsOf } from '../db/pipeline';
import type { AuditEntry } from '../db/audit';
import type { TaskDocument } from './task-documents';
import type { Database, Document } from '../platform/database-types';
import type { TaskLink } from '../../core/tasks/model';
import type { TaskStatus } from '../../core/tasks/status';

/** A 进展 post: text and evidence of one owner; the author may edit it for a few minutes. */
export interface ProgressDocument {
  _id: string;
  taskId: string;
  authorId: string;
  text: string;
  fileIDs: string[];
  /** The picked names, parallel to fileIDs; null when the app sent none. */
  fileNames: string[] | null;
  createdAt: Date;
  editedAt: Date | null;
}

export type AuditDocument = AuditEntry & { _id: string };

/** What a list row needs, and nothing of the long texts (具体表现, 措施) that only the detail shows. */
export const LIST_FIELDS = [
  'planId',
  'seq',
  'number',
  'title',
  'aspectTitle',
  'departmentNames',
  'leaderName',
  'status',
  'dueDate',
  'deadline',
  'nextReviewDue',
  'latestProgressAt',
  'sortKey',
  // Whether something on the row waits for the viewer (待您审核 …).
  'leaderId',
  'departmentIds',
  'assigneeIds',
  'returnRequirement',
  'pendingExtension',
] as const;
export type TaskListDocument = Pick<TaskDocument, '_id' | (typeof LIST_FIELDS)[number]>;

const HISTORY_LIMIT = 1000;

/*
 * Indexes these queries want in the cloud console (数据库 → 索引管理; the SDK cannot create them):
 *   tasks:    sortKey ↑ · departmentIds ↑ sortKey ↑ · leaderId ↑ sortKey ↑ · assigneeIds ↑ sortKey ↑ ·
 *             planId ↑ sortKey ↑ · status ↑ dueDate ↑ · status ↑ nextReviewDue ↑
 *   progress: taskId ↑ createdAt ↓
 *   audit:    entityId ↑ at ↓
 */

export async function findTask(db: Database, taskId: string): Promise<TaskDocument | null> {
  const { data } = await db.collection(COLLECTIONS.tasks).where({ _id: taskId }).limit(1).get<TaskDocument>();
  return data[0] ?? null;
}

/** One page in sort-key order: one round trip. */
/** The items an item links to (a 举一反三 parent and children) as links; none asked, no round trip. */
export async function findLinkedTasks(db: Database, taskIds: readonly string[]): Promise<Map<string, TaskLink>> {
  if (taskIds.length === 0) return new Map();
  const { data } = await db
    .collection(COLLECTIONS.tasks)
    .where({ _id: db.command.in([...taskIds]) })
    .field({ _id: true, title: true, status: true })
    .limit(taskIds.length)
    .get<Pick<TaskDocument, '_id' | 'title' | 'status'>>();
  return new Map(data.map((task) => [task._id, { id: task._id, title: task.title, status: task.status }]));
}

export async function findTaskPage(db: Database, where: Document, limit: number): Promise<TaskListDocument[]> {
  const projection = Object.fromEntries(LIST_FIELDS.map((field) => [field, true]));
  const { data } = await db.collection(COLLECTIONS.tasks).where(where).orderBy('sortKey', 'asc').limit(limit).field(projection).get<TaskListDocument>();
  return data;
}

/** The plan's 问题 per status and the 举一反三 items under `where`: one $match + $group, one round trip however many match. */
export async function countTasksByStatus(db: Database, where: Document): Promise<{ problems: Partial<Record<TaskStatus, number>>; followUps: number }> {
  const $ = operatorsOf(db);
  const { list } = await db
    .collection(COLLECTIONS.tasks)
    .aggregate()
    .match(where)
    // One request for both kinds: a 举一反三 item carries parentTaskId, a 问题 has none.
    .group({ _id: { status: '$status', followUp: $.cond({ if: $.eq([$.ifNull(['$parentTaskId', null]), null]), then: false, else: true }) }, count: { $sum: 1 } })
    // Without a limit aggregate answers 20 groups; there are 6 statuses of two kinds, the limit says so.
    .limit(20)
    .end<{ _id: { status: TaskStatus; followUp: boolean }; count: number }>();
  const problems: Partial<Record<TaskStatus, number>> = {};
  let followUps = 0;
  for (const { _id, count } of list) {
    if (_id.followUp) followUps += count;
    else problems[_id.status] = count;
  }
  return { problems, followUps };
}

/** One progress post; none before the unit's first post created the collection. */
export async function findProgress(db: Database, progressId: string): Promise<ProgressDocument | null> {
  try {
    const { data } = await db.collection(COLLECTIONS.progress).where({ _id: progressId }).limit(1).get<ProgressDocument>();
    return data[0] ?? null;
  } catch (error) {
    if (isCollectionMissing(error)) return null;
    throw error;
  }
}

/** An item's progress posts, newest first. A unit set up before posts existed has no collection yet: none. */
export async function listProgress(db: Database, taskId: string): Promise<ProgressDocument[]> {
  try {
    const { data } = await db.collection(COLLECTIONS.progress).where({ taskId }).orderBy('createdAt', 'desc').limit(HISTORY_LIMIT).get<ProgressDocument>();
    return data;
  } catch (error) {
    if (isCollectionMissing(error)) return [];
    throw error;
  }
}

/** The audit entries of one item, newest first: what the timeline reads besides progress posts. */
export async function listTaskAudit(db: Database, taskId: string): Promise<AuditDocument[]> {
  const { data } = await db.collection(COLLECTIONS.audit).where({ entity: 'task', entityId: taskId }).orderBy('at', 'desc').limit(HISTORY_LIMIT).get<AuditDocument>();
  return data;
}
