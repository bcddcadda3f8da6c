import { useCallback, useEffect, useState } from 'react';
import type { AccessLogEntry } from '../../../core/actions/roster';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast } from '@/api/toast';

type State = { entries: AccessLogEntry[]; nextCursor: string | null; loaded: boolean; error: ApiError | null; loadingMore: boolean };

const INITIAL: State = { entries: [], nextCursor: null, loaded: false, error: null, loadingMore: false };

/** The secretary's 权限变更记录, newest first, a page at a time. */
export function useAccessLog() {
  const [state, setState] = useState<State>(INITIAL);

  const load = useCallback(async () => {
    try {
      const page = await callApi('roster.accessLog', { cursor: null });
      setState({ entries: page.entries, nextCursor: page.nextCursor, loaded: true, error: null, loadingMore: false });
    } catch (error) {
      setState({ ...INITIAL, loaded: true, error: isApiError(error) ? error : new ApiError('INTERNAL') });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor || state.loadingMore) return;
    setState((current) => ({ ...current, loadingMore: true }));
    try {
      const page = await callApi('roster.accessLog', { cursor: state.nextCursor });
      setState((current) => ({ ...current, entries: [...current.entries, ...page.entries], nextCursor: page.nextCursor, loadingMore: false }));
    } catch (error) {
      showErrorToast(error);
      setState((current) => ({ ...current, loadingMore: false }));
    }
  }, [state.nextCursor, state.loadingMore]);

  return { ...state, hasMore: state.nextCursor !== null, loadMore, refresh: load };
}
