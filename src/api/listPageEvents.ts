import { useMemo, useRef } from 'react';

type List = { refresh: () => Promise<unknown>; loadMore: () => Promise<unknown> };

/**
 * What a list page does on its gestures: refresh on a pull (then `pulledDown`'s `done` stops the spinner), the next
 * page near the end, and a refresh when the page shows again and `stale()` says something changed meanwhile. `stale`
 * is asked on every show (the first one too, which only takes the flag: the mount already fetches).
 */
export function useListPageEvents(list: List, stale?: () => boolean) {
  const listRef = useRef(list);
  listRef.current = list;
  const staleRef = useRef(stale);
  staleRef.current = stale;
  const shownOnce = useRef(false);
  return useMemo(
    () => ({
      pulledDown: (done: () => void) => void listRef.current.refresh().finally(done),
      reachedBottom: () => void listRef.current.loadMore(),
      shown: () => {
        const changed = staleRef.current ? staleRef.current() : false;
        if (shownOnce.current && changed) void listRef.current.refresh();
        shownOnce.current = true;
      },
    }),
    [],
  );
}
