import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { hasAnyRole } from '../../../core/roles';
import type { Role } from '../../../core/roles';
import type { TaskListItem } from '../../../core/tasks/model';
import { useAction } from '@/api/hooks';
import { TASK_PAGES } from './routes';
import { takeListStale } from './taskStore';
import { NO_FILTER, isFiltered, takeHandedOverFilter, toTaskFilter, useTaskFilterOptions } from './useTaskFilters';
import type { ListFilterState } from './useTaskFilters';
import { useTaskList } from './useTaskList';

/**
 * Everything the 我的事项 tab does: the list for the chosen filter, 20 more when the page nears its end,
 * pull to refresh, and a refetch when the tab shows again after this person changed an item.
 */
export function useMyTasks() {
  const me = useAction('auth.me', {});
  const [filterState, setFilterState] = useState<ListFilterState>(NO_FILTER);
  const filter = useMemo(() => toTaskFilter(filterState), [filterState]);
  const list = useTaskList(filter);
  const options = useTaskFilterOptions(me.data);
  const roles = me.data?.member.roles;
  useEffect(() => {
    if (roles) void Taro.setNavigationBarTitle({ title: listTitle(roles) });
  }, [roles]);

  const refresh = list.refresh;
  usePullDownRefresh(() => {
    void refresh().finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  const shownOnce = useRef(false);
  useDidShow(() => {
    const handedOver = takeHandedOverFilter();
    if (handedOver) setFilterState(handedOver);
    else if (shownOnce.current && takeListStale()) void refresh();
    shownOnce.current = true;
  });

  const change = useCallback((next: Partial<ListFilterState>) => setFilterState((current) => ({ ...current, ...next })), []);
  const clear = useCallback(() => setFilterState(NO_FILTER), []);
  const open = useCallback((task: TaskListItem) => void Taro.navigateTo({ url: `${TASK_PAGES.detail}?id=${encodeURIComponent(task.id)}` }), []);

  const filtered = isFiltered(filterState);
  return {
    me: me.data,
    /** Counts and filters only help once there is something to count: an empty list shows just its reason. */
    showHeader: !(list.loaded && !list.error && list.items.length === 0 && !filtered),
    list,
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
  if (hasAnyRole(roles, ['office', 'secretary'])) return '全部整改事项';
  if (roles.includes('leader')) return '我分管的整改事项';
  return '我负责的整改事项';
}
