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
import { ALL_PLANS } from '../../core/plans/scope';
import type { PlanScope } from '../../core/plans/scope';
import { planCondition, plansInScope, resolvePlanScope, toPlanHeading } from '../plans/plan-scope';
import { allOf } from '../db/paging';
import { planItemCondition } from '../tasks/task-query';

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
 * The 公示 as published: every item of the plan (the current one unless chosen, or 全部整改任务) that the office has
 * not marked internal, numbered in plan order, with the totals and confirmed outcomes (counted, never named) over the
 * published items. `withInternal` (the office) also answers the items left out.
 */
export async function readPublicNotice(context: ActionContext, withInternal: boolean, requested: PlanScope | undefined): Promise<PublicNoticeOutput> {
  const _ = context.db.command;
  const scope = await resolvePlanScope(context.db, requested);
  const inScope = planCondition(_, scope);
  const published = { internal: _.neq(true) };
  const [rows, plans, unitName, outcomes] = await Promise.all([
    // The 公示 lists the plan's 问题; 举一反三 items are stated in the outcome figures.
    readAllTasks(context.db, withInternal ? allOf(_, [inScope, planItemCondition(_)]) : allOf(_, [inScope, published, planItemCondition(_)]), NOTICE_FIELDS),
    readPlans(context.db),
    readUnitName(context.db),
    readOutcomeFigures(context.db, { planId: scope === ALL_PLANS ? null : scope, taskWhere: [inScope, published] }),
  ]);
  const ordered = inPlanOrder(rows, plans);
  const publishedRows = ordered.filter((row) => row.internal !== true);
  return {
    unitName,
    plans: plansInScope(plans, scope).map(toPlanHeading),
    items: publishedRows.map((row, index) => toItem(row, index + 1)),
    totals: figuresOf(publishedRows.map((row) => ({ status: row.status, dueDate: row.dueDate ?? null, nextReviewDue: row.nextReviewDue ?? null })), context.now()),
    outcomes: outcomeFigureLines(outcomes),
    internal: withInternal ? ordered.filter((row) => row.internal === true).map((row, index) => toItem(row, index + 1)) : null,
  };
}
