import type { TaskFilter } from '../../core/actions/tasks';
import type { PlanScope } from '../../core/plans/scope';
import { deadlineState } from '../../core/tasks/deadline';
import type { DeadlineState } from '../../core/tasks/deadline';
import { beijingDay } from '../../core/time';
import type { ActionContext, CurrentMember } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { operatorsOf, staged } from '../db/pipeline';
import type { TaskDocument } from '../tasks/task-documents';
import type { Document } from '../platform/database-types';
import { allOf } from '../db/paging';
import { filterConditions } from '../tasks/task-query';
import { taskSettings, viewerOf } from '../tasks/task-view';

/** Items per round trip: what a get may answer in a function, kept for the aggregate too. */
const PAGE = 1000;
const MEMBERS_LIMIT = 1000;

const LEDGER_FIELDS = [
  'planId',
  'seq',
  'aspectIndex',
  'aspectTitle',
  'number',
  'title',
  'manifestations',
  'measures',
  'leaderName',
  'departmentNames',
  'assigneeIds',
  'deadline',
  'dueDate',
  'status',
  'closedAt',
  'evidenceCount',
  'extensionCount',
  'nextReviewDue',
  'sortKey',
] as const;

export type LedgerTask = Pick<TaskDocument, '_id' | (typeof LEDGER_FIELDS)[number]>;
interface LatestPost {
  _id: string;
  text: string;
  createdAt: Date | string;
}
const projection = Object.fromEntries(LEDGER_FIELDS.map((field) => [field, true]));

export interface LedgerRow {
  task: LedgerTask;
  /** The item's latest 进展, for the 整改进展 column. */
  latest: { text: string; createdAt: Date | string } | null;
  assigneeNames: string[];
  deadline: DeadlineState;
}

/**
 * The 台账's items: what the caller sees of the scope's plans under the list's filter (the list's query builder), in the list's order, a
 * page of 1000 per round trip; each page's latest 进展 in one aggregate over its items' posts (sent while the next
 * page is read); the named 责任人 resolved in one read of the roster.
 */
export async function readLedgerRows(context: ActionContext, member: CurrentMember, filter: TaskFilter, scope: PlanScope): Promise<LedgerRow[]> {
  const db = context.db;
  const _ = db.command;
  const $ = operatorsOf(db);
  const now = context.now();
  const settings = taskSettings(context.env);
  const conditions: Document[] = filterConditions(_, viewerOf(member), filter, beijingDay(now), scope);
  if (filter.status) conditions.push({ status: filter.status });
  // Each page's latest posts are asked for as soon as the page arrives, while the next page is read.
  const latestPosts = (taskIds: string[]) =>
    taskIds.length === 0
      ? Promise.resolve([] as LatestPost[])
      : staged(db, COLLECTIONS.progress)
          .match({ taskId: _.in(taskIds) })
          .sort({ createdAt: -1 })
          .group({ _id: '$taskId', text: $.first('$text'), createdAt: $.first('$createdAt') })
          .limit(taskIds.length)
          .end<LatestPost>()
          .then((answer) => answer.list);
  const readTasks = async (): Promise<{ tasks: LedgerTask[]; latest: LatestPost[] }> => {
    const tasks: LedgerTask[] = [];
    const posts: Promise<LatestPost[]>[] = [];
    for (let after: string | null = null; ; ) {
      const where = allOf(_, after === null ? conditions : [...conditions, { sortKey: _.gt(after) }]);
      const { data } = await db.collection(COLLECTIONS.tasks).where(where).orderBy('sortKey', 'asc').limit(PAGE).field(projection).get<LedgerTask>();
      tasks.push(...data);
      posts.push(latestPosts(data.map((task) => task._id)));
      const last = data[data.length - 1];
      if (data.length < PAGE || !last) return { tasks, latest: (await Promise.all(posts)).flat() };
      after = last.sortKey;
    }
  };
  const [{ tasks, latest }, members] = await Promise.all([
    readTasks(),
    db.collection(COLLECTIONS.members).limit(MEMBERS_LIMIT).field({ name: true }).get<{ _id: string; name: string }>(),
  ]);
  const latestByTask = new Map(latest.map((post) => [post._id, post]));
  const names = new Map(members.data.map((person) => [person._id, person.name]));
  return tasks.map((task) => ({
    task,
    latest: latestByTask.get(task._id) ?? null,
    assigneeNames: (task.assigneeIds ?? []).map((id) => names.get(id) ?? '未知成员'),
    deadline: deadlineState({ status: task.status, dueDate: task.dueDate ?? null, nextReviewDue: task.nextReviewDue ?? null }, now, settings.dueSoonDays),
  }));
}
