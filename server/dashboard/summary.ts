import type { TaskFilter } from '../../core/actions/tasks';
import type { DashboardSummary, OverdueItem } from '../../core/dashboard/model';
import { DASHBOARD_MONTHS } from '../../core/dashboard/model';
import { lastMonths, monthRange } from '../../core/dashboard/months';
import { rollUp } from '../../core/dashboard/rollup';
import { halfYearOf, halfYearWarning } from '../../core/interviews/half-year';
import { outcomeFigureLines } from '../../core/outcomes/figures';
import { beijingDay, daysUntil } from '../../core/time';
import type { ActionContext, CurrentMember } from '../api/context';
import { missingOf } from '../interviews/interview-view';
import { readOutcomeFigures } from '../outcomes/outcome-service';
import type { Document } from '../platform/database-types';
import { allOf } from '../db/paging';
import { filterConditions, scopeConditions } from '../tasks/task-query';
import { ALL_PLANS } from '../../core/plans/scope';
import { plansInScope, resolvePlanScope, toPlanHeading } from '../plans/plan-scope';
import { taskSettings, viewerOf } from '../tasks/task-view';
import { readContext, readFigureGroups, readOverdue } from './dashboard-queries';
import type { OverdueRow } from './dashboard-queries';
import { can } from '../../core/capabilities';

function toOverdueItem(row: OverdueRow, now: Date): OverdueItem {
  return {
    id: row._id,
    number: row.number ?? null,
    title: row.title,
    aspectTitle: row.aspectTitle,
    leaderName: row.leaderName ?? null,
    departmentNames: row.departmentNames ?? [],
    status: row.status,
    dueDate: row.since,
    daysOverdue: -daysUntil(row.since, now),
    mine: row.mine === true,
  };
}

/**
 * The 统计 tab for the items `member` sees under `filter` (the list's visibility and filters, one query builder).
 * Three database round trips whatever the number of items, sent together (after one read of the plans when the
 * filter leaves the plan out and the current plan decides): the grouped figures, the overdue list,
 * the context (posts per month, 约谈, names) and the confirmed outcomes — besides the one identity read every action makes.
 */
export async function dashboardSummary(context: ActionContext, member: CurrentMember, filter: TaskFilter): Promise<DashboardSummary> {
  const now = context.now();
  const today = beijingDay(now);
  const settings = taskSettings(context.env);
  const _ = context.db.command;
  const scope = await resolvePlanScope(context.db, filter.planId);
  const status: Document[] = filter.status ? [{ status: filter.status }] : [];
  // Figures count the plan's 问题 (filterConditions); 举一反三 items are counted with the outcomes, under their parents.
  const conditions: Document[] = [...filterConditions(_, viewerOf(member), filter, today, scope), ...status];
  const itemConditions: Document[] = [...scopeConditions(_, viewerOf(member), filter, today, scope), ...status];
  const where = allOf(_, conditions);
  const months = lastMonths(now, DASHBOARD_MONTHS);
  const halfYear = halfYearOf(now);

  const [groups, overdueRows, extra, outcomes] = await Promise.all([
    readFigureGroups(context.db, where, today, settings.dueSoonDays),
    readOverdue(context.db, conditions, today, member.id),
    readContext(context.db, {
      viewerId: member.id,
      interviewViewer: { id: member.id, roles: member.roles },
      taskWhere: conditions.length > 0 ? where : null,
      since: monthRange(months[0] as string).start,
      halfYearKey: halfYear.key,
    }),
    readOutcomeFigures(context.db, { planId: scope === ALL_PLANS ? null : scope, taskWhere: itemConditions }),
  ]);

  const figures = rollUp({
    groups,
    departmentNames: new Map(extra.departments.map((department) => [department._id, department.name])),
    plans: extra.plans,
    viewerId: member.id,
  });
  const posts = new Map(extra.months.map((row) => [row._id, row.n]));
  const held = extra.held[0]?.n ?? 0;
  const planned = extra.planned[0]?.n ?? 0;
  return {
    asOf: now.toISOString(),
    today,
    scope: can(member.roles, 'seesAllItems') ? 'unit' : 'own',
    plans: plansInScope(extra.plans, scope).map(toPlanHeading),
    allPlans: scope === ALL_PLANS,
    ...figures,
    overdue: overdueRows.map((row) => toOverdueItem(row, now)),
    progressByMonth: months.map((month) => ({ month, count: posts.get(month) ?? 0 })),
    interviews: {
      halfYear: halfYear.label,
      held,
      planned,
      warning: halfYearWarning(halfYear, held, planned),
      incomplete: extra.unfinished.filter((record) => missingOf(record, now).length > 0).length,
    },
    outcomes: { figures: outcomes, lines: outcomeFigureLines(outcomes) },
  };
}
