import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { DashboardSummaryOutput } from '../../../core/actions/dashboard';
import type { TaskFilter } from '../../../core/actions/tasks';
import type { CountKey } from '../../../core/figures/figures';
import { FIGURE_LABELS } from '../../../core/figures/figures';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import { callApi, toApiError } from '@/api/client';
import type { ApiError } from '@/api/client';
import { useAction } from '@/api/hooks';
import { TASK_PAGES } from '@/features/tasks/routes';
import { NO_FILTER, handOverFilter, isFiltered, toTaskFilter } from '@/components/TaskFilters/filterState';
import type { ListFilterState } from '@/components/TaskFilters/filterState';
import { useTaskFilterOptions } from '@/components/TaskFilters/useTaskFilters';
import type { FilterOption } from '@/components/FilterBar';
import { exportsPageUrl, REPORT_PAGES } from '@/features/exports/routes';
import { can } from '../../../core/capabilities';

const TASKS_TAB = '/pages/tasks/index';

/**
 * The 统计 tab: who is looking (auth.me decides whether figures are theirs to see), the filter (the list's, with the
 * same options), the summary for it, pull to refresh, and the taps that open an item or the reports.
 */
export function useDashboard() {
  const me = useAction('auth.me', {});
  const roles = me.data?.member.roles;
  const oversees = roles ? can(roles, 'readsFigures') : false;
  const [filterState, setFilterState] = useState<ListFilterState>(NO_FILTER);
  const filter = useMemo(() => toTaskFilter(filterState), [filterState]);
  const options = useTaskFilterOptions(me.data);
  const summary = useDashboardSummary(oversees, filter);

  usePullDownRefresh(() => {
    summary.reload();
    // The hook has no promise to wait on; the spinner goes when the figures come back or after a moment.
    setTimeout(() => void Taro.stopPullDownRefresh(), 600);
  });

  const change = useCallback((next: Partial<ListFilterState>) => setFilterState((current) => ({ ...current, ...next })), []);
  const clear = useCallback(() => setFilterState(NO_FILTER), []);
  const openTask = useCallback((taskId: string) => void Taro.navigateTo({ url: `${TASK_PAGES.detail}?id=${encodeURIComponent(taskId)}` }), []);
  const label = filterWords(filterState, summary.data, options.plans);
  const openExports = useCallback(() => void Taro.navigateTo({ url: exportsPageUrl(filter, label) }), [filter, label]);
  // The list opens with the dashboard's own filter and the figure: the same items the number counts.
  const openFigure = useCallback(
    (figure: CountKey) => {
      handOverFilter({ ...filterState, figure: figure === 'total' ? null : figure });
      void Taro.switchTab({ url: TASKS_TAB });
    },
    [filterState],
  );
  const openNotice = useCallback(() => void Taro.navigateTo({ url: REPORT_PAGES.notice }), []);

  return {
    me,
    roles,
    oversees,
    memberId: me.data?.member.id ?? null,
    filter: filterState,
    /** The one plan the figures cover, null for 全部整改任务: what the outcome lists open. */
    planId: summary.data && !summary.data.allPlans ? (summary.data.plans[0]?.id ?? null) : null,
    filtered: isFiltered(filterState),
    options,
    summary,
    change,
    clear,
    openTask,
    openFigure,
    openExports,
    openNotice,
  };
}

/** The chosen filter in words, named as the figures name 方面, departments and leaders. */
function filterWords(state: ListFilterState, data: DashboardSummaryOutput | undefined, plans: FilterOption[]): string {
  const named = (rows: { key: string; label: string }[] | undefined, key: string | null) => (key ? (rows?.find((row) => row.key === key)?.label ?? '') : '');
  const words = [
    state.planId ? (plans.find((plan) => plan.value === state.planId)?.label ?? '') : '',
    named(data?.byAspect, state.aspect),
    named(data?.byDepartment, state.departmentId),
    named(data?.byLeader, state.leaderId),
    state.status ? TASK_STATUS_LABELS[state.status] : '',
    state.overdueOnly ? '逾期事项' : '',
    state.figure ? FIGURE_LABELS[state.figure] : '',
  ];
  return words.filter(Boolean).join('、');
}

/**
 * The summary for `filter`, asked for only once auth.me says the caller may see figures (a cadre would be refused),
 * again when the tab shows after another page (an item may have moved) and on pull to refresh. The figures on
 * screen stay while a new answer is on its way, so a filter change does not blank the page.
 */
function useDashboardSummary(enabled: boolean, filter: TaskFilter) {
  const [data, setData] = useState<DashboardSummaryOutput>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const filterKey = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setLoading(true);
    callApi('dashboard.summary', { filter: filterRef.current }).then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(toApiError(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [enabled, filterKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) reload();
    shownOnce.current = true;
  });
  return { data, error, loading, reload };
}
