import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';

type List = { refresh: () => Promise<unknown>; loadMore: () => Promise<unknown> };

/**
 * A list page's gestures: pull to refresh, the next page when the page nears its end, and a refresh when the page
 * shows again and `stale()` says something changed meanwhile. `stale` is asked on every show (the first one too,
 * which only takes the flag: the mount already fetches).
 */
export function useListPage(list: List, stale?: () => boolean): void {
  usePullDownRefresh(() => {
    void list.refresh().finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  const shownOnce = useRef(false);
  useDidShow(() => {
    const changed = stale ? stale() : false;
    if (shownOnce.current && changed) void list.refresh();
    shownOnce.current = true;
  });
}
