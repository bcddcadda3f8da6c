import type { TaskFilter } from '../../core/actions/tasks';
import { TASK_STATUS_LABELS } from '../../core/tasks/status';
import { beijingDay } from '../../core/time';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import type { CurrentMember } from '../api/context';
import { inPlanOrder, readPlans, readUnitName } from '../dashboard/unit-records';
import type { PlanRef } from '../dashboard/unit-records';
import type { Database } from '../platform/database-types';
import { findDepartmentsByIds } from '../roster/department-repository';
import { deliver } from './export-file';
import { readLedgerRows } from './ledger-rows';
import type { LedgerRow } from './ledger-rows';
import { buildLedgerXlsx } from './ledger-xlsx';
import { xmlSafe } from './xml-safe';
import { plansInScope, resolvePlanScope, toPlanHeading } from '../plans/plan-scope';
import { can } from '../../core/capabilities';

/** What the sheet covers, in words for its second line: whose items, and the filter chosen. */
async function scopeOf(db: Database, member: CurrentMember, filter: TaskFilter, rows: LedgerRow[]): Promise<string> {
  const everything = can(member.roles, 'seesAllItems');
  const parts: string[] = [];
  if (filter.aspectIndex !== undefined && rows[0]) parts.push(rows[0].task.aspectTitle);
  if (filter.departmentId) {
    const [department] = await findDepartmentsByIds(db, [filter.departmentId]);
    parts.push(department ? department.name : '所选部门');
  }
  if (filter.leaderId) parts.push(`责任领导${rows.find((row) => row.task.leaderName)?.task.leaderName ?? ''}`);
  if (filter.status) parts.push(TASK_STATUS_LABELS[filter.status]);
  if (filter.overdueOnly) parts.push('逾期事项');
  const whose = everything ? '全部事项' : '本人可见的事项';
  return parts.length > 0 ? `${whose}（${parts.join('、')}）` : whose;
}

/** The sheet's title: one plan's own title, or the unit's 台账 saying how many plans it covers. */
function titleOf(covered: readonly PlanRef[], unitName: string | null): string {
  const [only] = covered;
  if (covered.length === 1 && only) return `${only.title}整改台账`;
  return covered.length > 1 ? `${unitName ?? ''}整改台账（${covered.length}个整改方案）` : `${unitName ?? ''}整改台账`;
}

/** The line under the title names one plan's kind and source, where the reader needs to know whose findings these are. */
function sourceOf(covered: readonly PlanRef[]): string {
  const [only] = covered;
  if (covered.length !== 1 || !only) return '';
  const heading = toPlanHeading(only);
  return heading.source ? `${heading.kindLabel}·${heading.source}\u3000` : `${heading.kindLabel}\u3000`;
}

/**
 * The 整改台账 (.xlsx) of what the caller sees of one plan (the current one unless chosen) or of 全部整改任务 under the
 * list's filter, in plan order (plan → 方面 → 问题 → item); several plans together get the 方案 column.
 */
export const exportLedger: ActionHandler<'exports.ledger'> = async (input, context) => {
  const member = requireMember(context);
  const now = context.now();
  const scope = await resolvePlanScope(context.db, input.filter.planId);
  const [listed, unitName, plans] = await Promise.all([readLedgerRows(context, member, input.filter, scope), readUnitName(context.db), readPlans(context.db)]);
  const rows = inPlanOrder(listed.map((row) => ({ ...row, planId: row.task.planId, seq: row.task.seq })), plans);
  const covered = plansInScope(plans, scope);
  const planTitles = covered.length > 1 ? new Map(covered.map((plan) => [plan._id, plan.title])) : null;
  const bytes = await buildLedgerXlsx(
    xmlSafe({ title: titleOf(covered, unitName), asOf: now, scope: `${sourceOf(covered)}${await scopeOf(context.db, member, input.filter, rows)}`, rows, planTitles }),
  );
  const file = await deliver('ledger', bytes, `整改台账-${beijingDay(now).replace(/-/g, '')}.xlsx`, now);
  return { ...file, rows: rows.length };
};
