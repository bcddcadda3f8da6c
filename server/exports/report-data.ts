import type { MonthlyReportInput, ReportChange, ReportChangeKind, ReportItem, ReportPost } from '../../core/dashboard/monthly-report';
import { dueDateAtCutoff, statusAtCutoff } from '../../core/dashboard/monthly-report';
import { monthRange } from '../../core/dashboard/months';
import type { IsoMonth } from '../../core/dashboard/months';
import { AppError } from '../../core/errors';
import { isDone } from '../../core/tasks/status';
import type { TaskStatus } from '../../core/tasks/status';
import { beijingDay } from '../../core/time';
import type { ActionContext } from '../api/context';
import type { AuditEntry } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { inPlanOrder, readAllTasks, readPlans, readUnitName } from '../dashboard/unit-records';
import type { PlanScope } from '../../core/plans/scope';
import { planCondition, plansInScope, resolvePlanScope, toPlanHeading } from '../plans/plan-scope';
import { allOf } from '../db/paging';
import { planItemCondition } from '../tasks/task-query';
import type { Database, Document } from '../platform/database-types';
import type { ProgressDocument } from '../tasks/task-repository';
import { operatorsOf, staged } from '../db/pipeline';

const PAGE = 1000;
/** Overdue items whose latest 进展 the report quotes, per query. */
const LATEST_BATCH = 500;

const REPORT_FIELDS = [
  'planId',
  'seq',
  'aspectIndex',
  'aspectTitle',
  'number',
  'title',
  'leaderName',
  'departmentNames',
  'deadline',
  'dueDate',
  'status',
  'closedAt',
  'nextReviewDue',
  'pendingExtension',
  'extensions',
  'createdAt',
] as const;

const CLOSURE_ACTIONS = ['closure.apply', 'closure.review', 'closure.signOff'];

/** Every page of a query in a fixed order (`skip` paging: these reads are bounded by a month's activity). */
async function readPaged<T extends object>(db: Database, collection: string, where: Document, order: string): Promise<T[]> {
  const rows: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await db.collection(collection).where(where).orderBy(order, 'asc').orderBy('_id', 'asc').skip(skip).limit(PAGE).get<T>();
    rows.push(...data);
    if (data.length < PAGE) return rows;
  }
}

type AuditRow = AuditEntry & { _id: string };

function changeKind(entry: AuditRow): ReportChangeKind | null {
  const decision = entry.after?.decision;
  switch (entry.action) {
    case 'tasks.addProgress':
      return entry.before?.status === 'not_started' ? 'started' : null;
    case 'closure.apply':
      return 'applied';
    case 'closure.review':
      return decision === 'pass' ? 'review_pass' : 'review_return';
    case 'closure.signOff':
      return decision === 'pass' ? 'signoff_pass' : 'signoff_return';
    default:
      return null;
  }
}

/** The latest post before `before` of each item in `taskIds`: one aggregate per LATEST_BATCH items. */
async function latestPosts(db: Database, taskIds: string[], before: Date): Promise<Map<string, { text: string; createdAt: Date | string }>> {
  const _ = db.command;
  const $ = operatorsOf(db);
  const latest = new Map<string, { text: string; createdAt: Date | string }>();
  const batches: string[][] = [];
  for (let at = 0; at < taskIds.length; at += LATEST_BATCH) batches.push(taskIds.slice(at, at + LATEST_BATCH));
  const answers = await Promise.all(
    batches.map((ids) =>
      staged(db, COLLECTIONS.progress)
        .match({ taskId: _.in(ids), createdAt: _.lt(before) })
        .sort({ createdAt: -1 })
        .group({ _id: '$taskId', text: $.first('$text'), createdAt: $.first('$createdAt') })
        .limit(ids.length)
        .end<{ _id: string; text: string; createdAt: Date | string }>(),
    ),
  );
  for (const { list } of answers) for (const row of list) latest.set(row._id, { text: row.text, createdAt: row.createdAt });
  return latest;
}

/**
 * What the month's report of one plan (the current one unless chosen) or 全部整改任务 is built from, with every item as it stood at the cut-off (the month's end, or now for the
 * running month): status and due day rolled back over the changes recorded after it, items imported later left out.
 */
export async function readReportInput(context: ActionContext, month: IsoMonth, requested: PlanScope | undefined): Promise<MonthlyReportInput> {
  const db = context.db;
  const _ = db.command;
  const now = context.now();
  const range = monthRange(month);
  if (range.start > now) throw new AppError('VALIDATION_FAILED', '该月份尚未开始，不能生成进展报告', { issues: [{ path: 'month', message: '月份不能晚于本月' }] });
  const cutoffEnd = range.end < now ? range.end : now;
  const cutoff = range.end < now ? range.lastDay : beijingDay(now);

  const scope = await resolvePlanScope(db, requested);
  const [tasks, plans, unitName, audit, posts] = await Promise.all([
    // The plan's 问题; 举一反三 items are counted with the outcomes.
    readAllTasks(db, allOf(_, [planCondition(_, scope), planItemCondition(_)]), REPORT_FIELDS),
    readPlans(db),
    readUnitName(db),
    readPaged<AuditRow>(
      db,
      COLLECTIONS.audit,
      _.and([
        { entity: 'task', at: _.gte(range.start) },
        _.or([{ action: _.in(CLOSURE_ACTIONS) }, { action: 'tasks.addProgress', 'before.status': 'not_started' }]),
      ]) as Document,
      'at',
    ),
    readPaged<ProgressDocument>(db, COLLECTIONS.progress, { createdAt: _.and(_.gte(range.start), _.lt(cutoffEnd)) } as Document, 'createdAt'),
  ]);

  const inMonth = (at: Date | string) => new Date(at) >= range.start && new Date(at) < cutoffEnd;
  const laterChanges = new Map<string, { at: string; from: TaskStatus }[]>();
  for (const entry of audit) {
    const from = entry.before?.status;
    if (new Date(entry.at) < cutoffEnd || typeof from !== 'string') continue;
    laterChanges.set(entry.entityId, [...(laterChanges.get(entry.entityId) ?? []), { at: new Date(entry.at).toISOString(), from: from as TaskStatus }]);
  }

  const existing = tasks.filter((task) => new Date(task.createdAt) < cutoffEnd);
  const items: ReportItem[] = existing.map((task) => {
    const status = statusAtCutoff(task.status, laterChanges.get(task._id) ?? []);
    const extensions = (task.extensions ?? []).map((entry) => ({ ...entry, decidedAt: new Date(entry.decidedAt).toISOString() }));
    const requests = [
      ...(task.extensions ?? []).map((entry) => ({ reason: entry.reason, newDate: entry.newDate, requestedAt: new Date(entry.requestedAt), state: new Date(entry.decidedAt) < cutoffEnd ? entry.decision : ('pending' as const) })),
      ...(task.pendingExtension ? [{ reason: task.pendingExtension.reason, newDate: task.pendingExtension.newDate, requestedAt: new Date(task.pendingExtension.requestedAt), state: 'pending' as const }] : []),
    ]
      .filter((request) => request.requestedAt < cutoffEnd)
      .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime());
    const latestRequest = requests[0];
    return {
      id: task._id,
      planId: task.planId,
      seq: task.seq,
      aspectIndex: task.aspectIndex,
      aspectTitle: task.aspectTitle,
      number: task.number ?? null,
      title: task.title,
      leaderName: task.leaderName ?? null,
      departmentNames: task.departmentNames ?? [],
      deadline: task.deadline,
      status,
      dueDate: dueDateAtCutoff(task.dueDate ?? null, extensions, cutoffEnd),
      nextReviewDue: task.nextReviewDue ?? null,
      closedOn: isDone(status) && task.closedAt && new Date(task.closedAt) < cutoffEnd ? beijingDay(task.closedAt) : null,
      latestProgress: null,
      extension: latestRequest ? { reason: latestRequest.reason, newDate: latestRequest.newDate, state: latestRequest.state } : null,
    };
  });

  // Why an overdue item is late: its latest 进展 up to the cut-off, read for those items only.
  const overdueIds = items.filter((item) => !isDone(item.status) && item.dueDate !== null && item.dueDate < cutoff).map((item) => item.id);
  const latest = await latestPosts(db, overdueIds, cutoffEnd);
  for (const item of items) {
    const post = latest.get(item.id);
    if (post) item.latestProgress = { day: beijingDay(post.createdAt), text: post.text };
  }

  const known = new Set(items.map((item) => item.id));
  const monthPosts: ReportPost[] = posts.filter((post) => known.has(post.taskId)).map((post) => ({ taskId: post.taskId, day: beijingDay(post.createdAt), text: post.text }));
  const changes: ReportChange[] = [];
  for (const entry of audit) {
    const kind = changeKind(entry);
    if (!kind || !inMonth(entry.at) || !known.has(entry.entityId)) continue;
    const opinion = entry.after?.opinion;
    changes.push({ taskId: entry.entityId, day: beijingDay(entry.at), kind, to: entry.after?.status as TaskStatus, opinion: typeof opinion === 'string' && opinion.length > 0 ? opinion : null });
  }

  return {
    unitName,
    month,
    cutoff,
    generatedOn: beijingDay(now),
    items: inPlanOrder(items, plans),
    posts: monthPosts,
    changes,
    plans: plansInScope(plans, scope).map(toPlanHeading),
  };
}
