import type { TaskFilter } from '../../core/actions/tasks';
import { deadlineState } from '../../core/tasks/deadline';
import type { DeadlineState } from '../../core/tasks/deadline';
import { beijingDay } from '../../core/time';
import type { ActionContext, CurrentMember } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { expr, operatorsOf, staged } from '../dashboard/pipeline';
import type { TaskDocument } from '../plans/plan-documents';
import type { Document } from '../platform/database-types';
import { allOf, filterConditions } from '../tasks/task-query';
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

export type LedgerTask = Pick<TaskDocument, '_id' | (typeof LEDGER_FIELDS)[number]> & {
  latest: { text: string; createdAt: Date | string }[];
};

export interface LedgerRow {
  task: LedgerTask;
  assigneeNames: string[];
  deadline: DeadlineState;
}

/**
 * The 台账's items: what the caller sees under the list's filter (the list's query builder), in the list's order,
 * each with its latest 进展 joined in the same aggregate — one round trip per 1000 items — and the named 责任人
 * resolved in one more read of the roster.
 */
export async function readLedgerRows(context: ActionContext, member: CurrentMember, filter: TaskFilter): Promise<LedgerRow[]> {
  const db = context.db;
  const _ = db.command;
  const $ = operatorsOf(db);
  const now = context.now();
  const settings = taskSettings(context.env);
  const conditions: Document[] = filterConditions(_, viewerOf(member), filter, beijingDay(now));
  if (filter.status) conditions.push({ status: filter.status });
  const latestProgress = $.pipeline()
    .match(expr(db, $.eq(['$taskId', '$$taskId'])))
    .sort({ createdAt: -1 })
    .limit(1)
    .project({ _id: false, text: true, createdAt: true })
    .done();

  const readTasks = async (): Promise<LedgerTask[]> => {
    const tasks: LedgerTask[] = [];
    for (let after: string | null = null; ; ) {
      const where = allOf(_, after === null ? conditions : [...conditions, { sortKey: _.gt(after) }]);
      const { list } = await staged(db, COLLECTIONS.tasks)
        .match(where)
        .sort({ sortKey: 1 })
        .limit(PAGE)
        .lookup({ from: COLLECTIONS.progress, let: { taskId: '$_id' }, pipeline: latestProgress, as: 'latest' })
        .project(Object.fromEntries([...LEDGER_FIELDS, 'latest'].map((field) => [field, true])))
        .end<LedgerTask>();
      tasks.push(...list);
      const last = list[list.length - 1];
      if (list.length < PAGE || !last) return tasks;
      after = last.sortKey;
    }
  };
  const [tasks, members] = await Promise.all([readTasks(), db.collection(COLLECTIONS.members).limit(MEMBERS_LIMIT).field({ name: true }).get<{ _id: string; name: string }>()]);
  const names = new Map(members.data.map((person) => [person._id, person.name]));
  return tasks.map((task) => ({
    task,
    assigneeNames: (task.assigneeIds ?? []).map((id) => names.get(id) ?? '未知成员'),
    deadline: deadlineState({ status: task.status, dueDate: task.dueDate ?? null, nextReviewDue: task.nextReviewDue ?? null }, now, settings.dueSoonDays),
  }));
}
