import { useEffect, useMemo, useRef, useState } from 'react';
import type { AuthMeOutput } from '../../../core/actions/auth';
import type { PlanSummary } from '../../../core/actions/plans';
import { can } from '../../../core/capabilities';
import type { CallAction } from '@/api/pagedList';
import type { FilterOption } from '@/components/FilterBar';
import { currentPlanLabel, planScopeOptions } from '@/components/PlanScopePicker/planScope';
import { aspectOptions } from './filterState';

type Options = { plans: FilterOption[]; currentPlan: string; aspects: FilterOption[]; departments: FilterOption[]; leaders: FilterOption[] };

/**
 * What the filter bar offers this person, asked over `call`. Everyone may filter by 方面 (plans.list); the office and
 * the secretary by any department and leader (they may read the roster); a cadre by their own departments when they
 * have several; a leader's list is already theirs, so no leader filter for them.
 */
export function useFilterOptions(call: CallAction, me: AuthMeOutput | undefined) {
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
    const plans = call('plans.list', {}).then((answer) => answer.plans, () => [] as PlanSummary[]);
    const departments = seesAll
      ? call('roster.listDepartments', {}).then((answer) => answer.departments.map((d) => ({ value: d.id, label: d.name })), () => [])
      : Promise.resolve(me.departments.length > 1 ? me.departments.map((d) => ({ value: d.id, label: d.name })) : []);
    const leaders = seesAll
      ? call('roster.listMembers', {}).then(
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
  }, [call, memberId, seesAll]);

  return useMemo(() => options, [options]);
}
