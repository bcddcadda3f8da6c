import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ActionInput, ActionName, ActionOutput } from '../../core/actions';
import type { ApiError } from './errors';
import { createPager } from './pager';
import type { PageAnswer, PagerState } from './pager';

/** callApi's shape: the app passes callApi itself, specs a fake that answers when the test says. */
export type CallAction = <A extends ActionName>(action: A, input: ActionInput<A>) => Promise<ActionOutput<A>>;

/** The actions that answer a page by cursor. */
export type PagedActionName = { [A in ActionName]: ActionOutput<A> extends PageAnswer ? (ActionInput<A> extends { cursor?: string | null } ? A : never) : never }[ActionName];

export type PagedList<Item, Answer> = PagerState<Item, Answer> & {
  hasMore: boolean;
  loadMore: () => Promise<void>;
  refresh: () => Promise<void>;
  retry: () => void;
  update: (change: (state: PagerState<Item, Answer>) => PagerState<Item, Answer>) => void;
};

/**
 * A paged action as a list, over a given call: the first page whenever the input changes (compared by value), the
 * next on loadMore, a refresh that keeps the rows until the answer comes; `tell` says why a refresh or a next page
 * failed while the rows stay. `inputFor(cursor)` builds each page's input; `itemsOf` picks the rows from an answer.
 * `enabled: false` waits (a sheet not opened yet).
 */
export function usePagedList<A extends PagedActionName, Item>(
  call: CallAction,
  tell: (error: ApiError) => void,
  action: A,
  inputFor: (cursor: string | null) => ActionInput<A>,
  itemsOf: (answer: ActionOutput<A>) => Item[],
  enabled: boolean,
): PagedList<Item, ActionOutput<A>> {
  // Inputs are fresh object literals on every render: the first page's input, by value, says when to start over.
  const inputKey = JSON.stringify(inputFor(null));
  const inputRef = useRef(inputFor);
  inputRef.current = inputFor;
  const itemsRef = useRef(itemsOf);
  itemsRef.current = itemsOf;
  const tellRef = useRef(tell);
  tellRef.current = tell;
  const pager = useMemo(
    () => createPager<Item, ActionOutput<A>>((cursor) => call(action, inputRef.current(cursor)), (answer) => itemsRef.current(answer), (error) => tellRef.current(error)),
    [call, action],
  );
  useEffect(() => {
    if (enabled) void pager.start();
  }, [pager, inputKey, enabled]);
  const state = useSyncExternalStore(pager.subscribe, pager.getState);
  return useMemo(
    () => ({ ...state, hasMore: state.nextCursor !== null, loadMore: pager.loadMore, refresh: pager.refresh, retry: () => void pager.start(), update: pager.update }),
    [state, pager],
  );
}
