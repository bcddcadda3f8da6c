import { useEffect, useMemo, useRef, useState } from 'react';
import type { AuthMeOutput } from '../../../core/actions/auth';
import type { TaskFilter } from '../../../core/actions/tasks';
import type { PlanSummary } from '../../../core/actions/plans';
import type { CountKey } from '../../../core/figures/figures';
import type { TaskStatus } from '../../../core/tasks/status';
import { callApi } from '@/api/client';
import type { FilterOption } from '@/components/FilterBar';
import { currentPlanLabel, planScopeOptions } from '@/components/PlanScopePicker/planScope';
import { can } from '../../../core/capabilities';

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

type Options = { plans: FilterOption[]; currentPlan: string; aspects: FilterOption[]; departments: FilterOption[]; leaders: FilterOption[] };

/** The 方面 of the plans in progress (an archived plan's are reached by choosing the plan). */
function aspectOptions(all: PlanSummary[]): FilterOption[] {
  const plans = all.filter((plan) => !plan.archived);
  return plans.flatMap((plan) =>
    plan.aspectTitles.map((title, index) => ({
      value: `${plan.id}:${index}`,
      // With more than one plan, say which one an aspect belongs to.
      label: plans.length > 1 ? `${plan.title.slice(0, 6)}·${title}` : title,
    })),
  );
}

/**
 * What the filter bar offers this person. Everyone may filter by 方面 (plans.list); the office and the secretary
 * by any department and leader (they may read the roster); a cadre by their own departments when they have
 * several; a leader's list is already theirs, so no leader filter for them.
 */
export function useTaskFilterOptions(me: AuthMeOutput | undefined) {
  const [options, setOptions] = useState<Options>({ plans: [], currentPlan: '', aspects: [], departments: [], leaders: [] });
  const roles = me?.member.roles;
  const seesAll = roles ? can(roles, 'seesAllItems') : false;
  const memberId = me?.member.id;
  const meRef = useRef(me);
  meRef.current = me;

  useEffect(() => {
    const me = meRef.current;
    if (!me) return;
    let current = true;
    const plans = callApi('plans.list', {}).then((answer) => answer.plans, () => [] as PlanSummary[]);
    const departments = seesAll
      ? callApi('roster.listDepartments', {}).then((answer) => answer.departments.map((d) => ({ value: d.id, label: d.name })), () => [])
      : Promise.resolve(me.departments.length > 1 ? me.departments.map((d) => ({ value: d.id, label: d.name })) : []);
    const leaders = seesAll
      ? callApi('roster.listMembers', {}).then(
          (answer) =>
            answer.members
              .filter((m) => m.active && can(m.roles, 'leadsItems'))
              .map((m) => ({ value: m.id, label: m.name })),
          () => [],
        )
      : Promise.resolve([]);
    void Promise.all([plans, departments, leaders]).then(([planList, depts, leaderOptions]) => {
      if (current) {
        setOptions({ plans: planScopeOptions(planList), currentPlan: currentPlanLabel(planList), aspects: aspectOptions(planList), departments: depts, leaders: leaderOptions });
      }
    });
    return () => {
      current = false;
    };
    // The member and the roles decide what to load; `me` itself is a fresh object on each refresh.
  }, [memberId, seesAll]);

  return useMemo(() => options, [options]);
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
