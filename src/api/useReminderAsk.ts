import { useCallback, useEffect, useState } from 'react';
import type { SubscriptionStatusOutput } from '../../core/actions/reminders';
import { callApi } from '@/api/client';
import { showUnreadBadge } from '@/utils/unreadBadge';
import { requestSubscriptions } from './subscribe';

/**
 * Asking at a natural moment (opening one's own item, posting progress): only while the server says it is worth
 * asking (switch on, nothing refused, few reminders in hand), and once per screen. `ask` must run inside a tap.
 */
export function useReminderAsk(active: boolean) {
  const [status, setStatus] = useState<SubscriptionStatusOutput | null>(null);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    if (!active) return;
    let current = true;
    callApi('subscriptions.status', {}).then(
      (answer) => {
        if (!current) return;
        setStatus(answer);
        showUnreadBadge(answer.unread);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [active]);

  const ask = useCallback((): void => {
    if (!status || status.askIds.length === 0 || asked) return;
    const pending = requestSubscriptions(status.askIds);
    setAsked(true);
    void pending
      .then((results) => (Object.keys(results).length > 0 ? callApi('subscriptions.record', { results }) : null))
      .then((answer) => answer && setStatus(answer))
      .catch(() => undefined);
  }, [status, asked]);

  const inHand = status?.templates.reduce((sum, template) => sum + template.inHand, 0) ?? 0;
  return { shouldAsk: Boolean(active && status && status.askIds.length > 0 && !asked), inHand, ask };
}
