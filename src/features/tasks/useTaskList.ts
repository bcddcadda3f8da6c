import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListTasksOutput, TaskFilter } from '../../../core/actions/tasks';
import type { TaskListItem } from '../../../core/tasks/model';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast } from '@/api/toast';

type Counts = NonNullable<ListTasksOutput['counts']>;

type State = {
  items: TaskListItem[];
  nextCursor: string | null;
  counts: Counts | null;
  /** The first page of this filter has arrived (the skeleton goes). */
  loaded: boolean;
  error: ApiError | null;
  loadingMore: boolean;
};

const INITIAL: State = { items: [], nextCursor: null, counts: null, loaded: false, error: null, loadingMore: false };

const asApiError = (error: unknown) => (isApiError(error) ? error : new ApiError('INTERNAL', undefined, error));

/**
 * 我的事项 by cursor: the first page (with counts per status) whenever the filter changes, 20 more on each
 * loadMore, and a refresh that starts over. Answers to an older filter are dropped.
 */
export function useTaskList(filter: TaskFilter) {
  const [state, setState] = useState<State>(INITIAL);
  const generation = useRef(0);
  const filterKey = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const busy = useRef(false);

  const loadFirst = useCallback(async (keepItems: boolean) => {
    const mine = ++generation.current;
    busy.current = false;
    setState((current) => (keepItems ? { ...current, error: null } : INITIAL));
    try {
      const page = await callApi('tasks.list', { filter: filterRef.current, cursor: null, withCounts: true });
      if (mine !== generation.current) return;
      setState({ items: page.items, nextCursor: page.nextCursor, counts: page.counts, loaded: true, error: null, loadingMore: false });
    } catch (error) {
      if (mine !== generation.current) return;
      // A failed refresh keeps what is on screen and says so; a failed first load shows the error in place.
      if (keepItems) showErrorToast(error);
      setState((current) => (keepItems && current.loaded ? current : { ...INITIAL, loaded: true, error: asApiError(error) }));
    }
  }, []);

  useEffect(() => {
    void loadFirst(false);
  }, [filterKey, loadFirst]);

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor || busy.current || !state.loaded) return;
    busy.current = true;
    const mine = generation.current;
    setState((current) => ({ ...current, loadingMore: true }));
    try {
      const page = await callApi('tasks.list', { filter: filterRef.current, cursor, withCounts: false });
      if (mine !== generation.current) return;
      setState((current) => ({ ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor, loadingMore: false }));
    } catch (error) {
      if (mine !== generation.current) return;
      showErrorToast(error);
      setState((current) => ({ ...current, loadingMore: false }));
    } finally {
      if (mine === generation.current) busy.current = false;
    }
  }, [state.nextCursor, state.loaded]);

  const refresh = useCallback(() => loadFirst(true), [loadFirst]);
  const retry = useCallback(() => void loadFirst(false), [loadFirst]);

  return { ...state, hasMore: state.nextCursor !== null, loadMore, refresh, retry };
}
