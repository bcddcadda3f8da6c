import type { PlanSummary } from '../../../core/actions/plans';
import { PLAN_KIND_LABELS } from '../../../core/plans/kinds';
import { ALL_PLANS, ALL_PLANS_LABEL } from '../../../core/plans/scope';
import type { FilterOption } from '@/components/FilterBar';

/** 巡察·<title>: a plan as pickers name it, its kind first so two plans of similar titles are told apart. */
export function planLabel(plan: Pick<PlanSummary, 'kind' | 'title'>): string {
  return `${PLAN_KIND_LABELS[plan.kind]}·${plan.title}`;
}

/** What choosing no plan means: the current plan, named. */
export function currentPlanLabel(plans: readonly PlanSummary[]): string {
  const current = plans.find((plan) => plan.current);
  return current ? `当前：${planLabel(current)}` : ALL_PLANS_LABEL;
}

/**
 * The choices besides the current plan (which is the default, chosen by choosing nothing): 全部整改任务, the other
 * plans in progress, then the archived ones, marked so.
 */
export function planScopeOptions(plans: readonly PlanSummary[]): FilterOption[] {
  const others = plans.filter((plan) => !plan.current);
  return [
    ...(plans.some((plan) => plan.current) ? [{ value: ALL_PLANS, label: ALL_PLANS_LABEL }] : []),
    ...others.filter((plan) => !plan.archived).map((plan) => ({ value: plan.id, label: planLabel(plan) })),
    ...others.filter((plan) => plan.archived).map((plan) => ({ value: plan.id, label: `已归档·${plan.title}` })),
  ];
}
