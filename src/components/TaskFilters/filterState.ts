import type { PlanSummary } from '../../../core/actions/plans';
import type { TaskFilter } from '../../../core/actions/tasks';
import type { CountKey } from '../../../core/figures/figures';
import type { TaskStatus } from '../../../core/tasks/status';
import type { FilterOption } from '@/components/FilterBar';

// The item filter as 我的事项 and 统计 hold it, and as tasks.list takes it.

export type ListFilterState = {
  status: TaskStatus | null;
  /** One plan's items, or ALL_PLANS (全部整改任务); null: the unit's current plan. A chosen 方面 names its plan itself. */
  planId: string | null;
  /** `${planId}:${aspectIndex}` */
  aspect: string | null;
  departmentId: string | null;
  leaderId: string | null;
  overdueOnly: boolean;
  /** A figure of 统计 opened here: the items it counts. */
  figure: CountKey | null;
  /** The 举一反三 items instead of the plan's 问题 (统计 counts them apart). */
  followUps: boolean;
};

export const NO_FILTER: ListFilterState = { status: null, planId: null, aspect: null, departmentId: null, leaderId: null, overdueOnly: false, figure: null, followUps: false };

export function toTaskFilter(state: ListFilterState): TaskFilter {
  const filter: TaskFilter = {};
  if (state.status) filter.status = state.status;
  if (state.planId) filter.planId = state.planId;
  if (state.aspect) {
    const [planId, index] = state.aspect.split(':');
    filter.planId = planId;
    filter.aspectIndex = Number(index);
  }
  if (state.departmentId) filter.departmentId = state.departmentId;
  if (state.leaderId) filter.leaderId = state.leaderId;
  if (state.overdueOnly) filter.overdueOnly = true;
  if (state.figure) filter.figure = state.figure;
  if (state.followUps) filter.followUps = true;
  return filter;
}

export function isFiltered(state: ListFilterState): boolean {
  return Boolean(state.status || state.planId || state.aspect || state.departmentId || state.leaderId || state.overdueOnly || state.figure || state.followUps);
}

/** The 方面 of the plans in progress (an archived plan's are reached by choosing the plan). */
export function aspectOptions(all: PlanSummary[]): FilterOption[] {
  const plans = all.filter((plan) => !plan.archived);
  return plans.flatMap((plan) =>
    plan.aspectTitles.map((title, index) => ({
      value: `${plan.id}:${index}`,
      // With more than one plan, say which one an aspect belongs to.
      label: plans.length > 1 ? `${plan.title.slice(0, 6)}·${title}` : title,
    })),
  );
}

/** A filter 统计 hands to 我的事项 when a figure is tapped: a tab page takes no URL parameters. */
let handedOver: ListFilterState | null = null;

export function handOverFilter(state: ListFilterState): void {
  handedOver = state;
}

/** The filter handed over since the list last showed, once. */
export function takeHandedOverFilter(): ListFilterState | null {
  const state = handedOver;
  handedOver = null;
  return state;
}
