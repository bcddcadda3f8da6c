import { useCallback, useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { AuthMeOutput } from '../../../core/actions/auth';
import { can } from '../../../core/capabilities';
import type { Role } from '../../../core/roles';
import type { TaskListItem } from '../../../core/tasks/model';
import { useListPage } from '@/api/useListPage';
import { usePagedAction } from '@/api/usePagedAction';
import { TASK_PAGES } from './routes';
import { taskRecords } from './taskRecords';
import { NO_FILTER, isFiltered, takeHandedOverFilter, toTaskFilter } from '@/components/TaskFilters/filterState';
import type { ListFilterState } from '@/components/TaskFilters/filterState';
import { useTaskFilterOptions } from '@/components/TaskFilters/useTaskFilters';

/** The caller as the latest first page told, kept while another filter's first page is on its way. */
function useLastKnownMe(answered: AuthMeOutput | null | undefined): AuthMeOutput | undefined {
  const [me, setMe] = useState<AuthMeOutput>();
  useEffect(() => {
    if (answered) setMe(answered);
  }, [answered]);
  return me;
}

/**
 * Everything the 我的事项 tab does: the list for the chosen filter by cursor (the first page with counts per
 * status), 20 more when the page nears its end, pull to refresh, and a refetch when the tab shows again after this
 * person changed an item.
 */
export function useMyTasks() {
  const [filterState, setFilterState] = useState<ListFilterState>(NO_FILTER);
  const filter = useMemo(() => toTaskFilter(filterState), [filterState]);
  // The first page brings the counts and the caller: the first screen is one call.
  const list = usePagedAction('tasks.list', (cursor) => ({ filter, cursor, withCounts: cursor === null, withMe: cursor === null }), (page) => page.items);
  const me = useLastKnownMe(list.head?.me);
  const options = useTaskFilterOptions(me);
  const roles = me?.member.roles;
  useEffect(() => {
    if (roles) void Taro.setNavigationBarTitle({ title: listTitle(roles) });
  }, [roles]);

  useListPage(list, () => {
    // A filter handed over from 统计 replaces the list, so nothing more to refresh.
    const handedOver = takeHandedOverFilter();
    if (!handedOver) return taskRecords.takeListStale();
    setFilterState(handedOver);
    return false;
  });

  const change = useCallback((next: Partial<ListFilterState>) => setFilterState((current) => ({ ...current, ...next })), []);
  const clear = useCallback(() => setFilterState(NO_FILTER), []);
  const open = useCallback((task: TaskListItem) => void Taro.navigateTo({ url: `${TASK_PAGES.detail}?id=${encodeURIComponent(task.id)}` }), []);

  const filtered = isFiltered(filterState);
  return {
    me,
    /** Counts and filters only help once there is something to count: an empty list shows just its reason. */
    showHeader: !(list.loaded && !list.error && list.items.length === 0 && !filtered),
    list,
    counts: list.head?.counts ?? null,
    followUpCount: list.head?.followUpCount ?? null,
    filter: filterState,
    filtered,
    options,
    change,
    clear,
    open,
  };
}

/** The tab is 整改事项 for everyone; the title says whose: the office and the 组长 see every item, a leader those led. */
function listTitle(roles: readonly Role[]): string {
  if (can(roles, 'seesAllItems')) return '全部整改事项';
  if (can(roles, 'leadsItems')) return '我分管的整改事项';
  return '我负责的整改事项';
}
