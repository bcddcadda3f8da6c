import { useCallback, useEffect, useRef, useState } from 'react';
import type { InterviewFilter, ListInterviewsOutput } from '../../../core/actions/interviews';
import type { InterviewSummary } from '../../../core/interviews/model';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast } from '@/api/toast';

type State = {
  toSign: InterviewSummary[];
  items: InterviewSummary[];
  nextCursor: string | null;
  counts: ListInterviewsOutput['counts'];
  loaded: boolean;
  error: ApiError | null;
  loadingMore: boolean;
};

const INITIAL: State = { toSign: [], items: [], nextCursor: null, counts: null, loaded: false, error: null, loadingMore: false };
const asApiError = (error: unknown) => (isApiError(error) ? error : new ApiError('INTERNAL', undefined, error));

/**
 * The records the caller may see, by cursor: the first page (with the ones waiting for their signature and the
 * counts per state) whenever the filter changes, more on loadMore, and a refresh that keeps what is shown.
 */
export function useInterviewList(filter: InterviewFilter) {
  const [state, setState] = useState<State>(INITIAL);
  const generation = useRef(0);
  const filterKey = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const busy = useRef(false);

  const loadFirst = useCallback(async (keep: boolean) => {
    const mine = ++generation.current;
    busy.current = false;
    setState((current) => (keep ? { ...current, error: null } : INITIAL));
    try {
      const page = await callApi('interviews.list', { filter: filterRef.current, cursor: null, withCounts: true });
      if (mine !== generation.current) return;
      setState({ toSign: page.toSign, items: page.items, nextCursor: page.nextCursor, counts: page.counts, loaded: true, error: null, loadingMore: false });
    } catch (error) {
      if (mine !== generation.current) return;
      if (keep) showErrorToast(error);
      setState((current) => (keep && current.loaded ? current : { ...INITIAL, loaded: true, error: asApiError(error) }));
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
      const page = await callApi('interviews.list', { filter: filterRef.current, cursor, withCounts: false });
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
