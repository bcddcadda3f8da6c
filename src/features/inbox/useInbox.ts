import { useCallback, useEffect } from 'react';
import { callApi } from '@/api/client';
import { showErrorToast } from '@/api/toast';
import { usePagedAction } from '@/api/usePagedAction';
import { showUnreadBadge } from '@/utils/unreadBadge';

/** 消息 by cursor, newest first; reading one marks it read on the server and takes it off the badge. */
export function useInbox() {
  const list = usePagedAction('inbox.list', (cursor) => ({ cursor }), (page) => page.items);
  const unread = list.head?.unread ?? 0;
  const { update } = list;

  const answered = list.head !== null;
  useEffect(() => {
    if (answered) showUnreadBadge(unread);
  }, [answered, unread]);

  /** Marks messages read here at once, then on the server; the count comes back from the server. */
  const markRead = useCallback(
    async (input: { ids: string[] } | { all: true }) => {
      update((current) => ({ ...current, items: current.items.map((item) => ('all' in input || input.ids.includes(item.id) ? { ...item, read: true } : item)) }));
      try {
        const answer = await callApi('inbox.markRead', input);
        update((current) => ({ ...current, head: current.head ? { ...current.head, unread: answer.unread } : current.head }));
      } catch (error) {
        showErrorToast(error);
      }
    },
    [update],
  );

  return { ...list, unread, markRead };
}
