import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useListPageEvents } from './listPageEvents';

type List = { refresh: () => Promise<unknown>; loadMore: () => Promise<unknown> };

/** A list page's gestures (useListPageEvents) wired to Taro's page events. */
export function useListPage(list: List, stale?: () => boolean): void {
  const events = useListPageEvents(list, stale);
  usePullDownRefresh(() => events.pulledDown(() => void Taro.stopPullDownRefresh()));
  useReachBottom(events.reachedBottom);
  useDidShow(events.shown);
}
