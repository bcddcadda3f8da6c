import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxItem } from '../../../core/reminders/model';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast } from '@/api/toast';
import { showUnreadBadge } from './badge';

type State = { items: InboxItem[]; nextCursor: string | null; unread: number; loaded: boolean; error: ApiError | null; loadingMore: boolean };

const INITIAL: State = { items: [], nextCursor: null, unread: 0, loaded: false, error: null, loadingMore: false };

/** 消息 by cursor, newest first; reading one marks it read on the server and takes it off the badge. */
export function useInbox() {
  const [state, setState] = useState<State>(INITIAL);
  const busy = useRef(false);

  const load = useCallback(async (keep: boolean) => {
    try {
      const page = await callApi('inbox.list', { cursor: null });
      setState({ items: page.items, nextCursor: page.nextCursor, unread: page.unread, loaded: true, error: null, loadingMore: false });
      showUnreadBadge(page.unread);
    } catch (error) {
      if (keep) showErrorToast(error);
      setState((current) => (keep && current.loaded ? current : { ...INITIAL, loaded: true, error: isApiError(error) ? error : new ApiError('INTERNAL') }));
    }
  }, []);

  useEffect(() => {
    void load(false);
  }, [load]);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor || busy.current) return;
    busy.current = true;
    setState((current) => ({ ...current, loadingMore: true }));
    try {
      const page = await callApi('inbox.list', { cursor: state.nextCursor });
      setState((current) => ({ ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor, unread: page.unread, loadingMore: false }));
    } catch (error) {
      showErrorToast(error);
      setState((current) => ({ ...current, loadingMore: false }));
    } finally {
      busy.current = false;
    }
  }, [state.nextCursor]);

  /** Marks messages read here at once, then on the server; the count comes back from the server. */
  const markRead = useCallback(async (input: { ids: string[] } | { all: true }) => {
    setState((current) => ({ ...current, items: current.items.map((item) => ('all' in input || input.ids.includes(item.id) ? { ...item, read: true } : item)) }));
    try {
      const { unread } = await callApi('inbox.markRead', input);
      setState((current) => ({ ...current, unread }));
      showUnreadBadge(unread);
    } catch (error) {
      showErrorToast(error);
    }
  }, []);

  return { ...state, hasMore: state.nextCursor !== null, loadMore, refresh: () => load(true), retry: () => void load(false), markRead };
}
