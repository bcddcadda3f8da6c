import type { PublicNoticeOutput } from '../../core/actions/dashboard';
import type { PublicNoticeItem } from '../../core/dashboard/model';
import { publicStatusOf } from '../../core/dashboard/wording';
import { figuresOf } from '../../core/figures/figures';
import { outcomeFigureLines } from '../../core/outcomes/figures';
import { isDone } from '../../core/tasks/status';
import { beijingDay } from '../../core/time';
import type { ActionContext } from '../api/context';
import type { TaskDocument } from '../tasks/task-documents';
import { readOutcomeFigures } from '../outcomes/outcome-service';
import { inPlanOrder, readAllTasks, readPlans, readUnitName } from './unit-records';

const NOTICE_FIELDS = ['planId', 'seq', 'aspectTitle', 'number', 'title', 'departmentNames', 'deadline', 'dueDate', 'status', 'nextReviewDue', 'closedAt', 'internal'] as const;
type NoticeRow = Pick<TaskDocument, '_id' | (typeof NOTICE_FIELDS)[number]>;

function toItem(row: NoticeRow, seq: number): PublicNoticeItem {
  return {
    id: row._id,
    seq,
    aspectTitle: row.aspectTitle,
    number: row.number ?? null,
    title: row.title,
    departmentNames: row.departmentNames ?? [],
    deadline: row.deadline,
    dueDate: row.dueDate ?? null,
    status: row.status,
    publicStatus: publicStatusOf(row.status),
    closedOn: isDone(row.status) && row.closedAt ? beijingDay(row.closedAt) : null,
    internal: row.internal === true,
  };
}

/**
 * The 公示 as published: every item of every plan that the office has not marked internal, numbered in plan order,
 * with the unit's totals and confirmed outcomes (counted, never named) over the published items. `withInternal` (the office) also answers the items left out.
 */
export async function readPublicNotice(context: ActionContext, withInternal: boolean): Promise<PublicNoticeOutput> {
  const _ = context.db.command;
  const [rows, plans, unitName, outcomes] = await Promise.all([
    readAllTasks(context.db, withInternal ? {} : { internal: _.neq(true) }, NOTICE_FIELDS),
    readPlans(context.db),
    readUnitName(context.db),
    readOutcomeFigures(context.db, { planId: null, taskWhere: [{ internal: _.neq(true) }] }),
  ]);
  const ordered = inPlanOrder(rows, plans);
  const publishedRows = ordered.filter((row) => row.internal !== true);
  const published = publishedRows.map((row, index) => toItem(row, index + 1));
  const planIds = new Set(rows.map((row) => row.planId));
  return {
    unitName,
    plans: plans.filter((plan) => planIds.has(plan._id)).map((plan) => ({ id: plan._id, title: plan.title })),
    items: published,
    totals: figuresOf(publishedRows.map((row) => ({ status: row.status, dueDate: row.dueDate ?? null, nextReviewDue: row.nextReviewDue ?? null })), context.now()),
    outcomes: outcomeFigureLines(outcomes),
    internal: withInternal ? ordered.filter((row) => row.internal === true).map((row, index) => toItem(row, index + 1)) : null,
  };
}
