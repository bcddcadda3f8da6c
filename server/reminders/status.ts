import type { SubscriptionStatusOutput } from '../../core/actions/reminders';
import { templatesToAsk } from '../../core/reminders/subscriptions';
import type { SubscriptionState } from '../../core/reminders/subscriptions';
import { LONG_TERM_SUBSCRIPTIONS, REMINDER_TEMPLATE_KEYS, templateOf } from '../../core/reminders/subscription-templates';
import type { Database } from '../platform/database-types';
import { unreadCount } from './inbox-store';
import { readSubscriptions } from './subscription-store';

/** What 我的 → 到期提醒 shows, and which templates the app should ask for next. */
export function statusOf(state: SubscriptionState, unread: number): SubscriptionStatusOutput {
  return {
    enabled: state.enabled,
    mainSwitch: state.mainSwitch,
    longTerm: LONG_TERM_SUBSCRIPTIONS,
    templates: REMINDER_TEMPLATE_KEYS.map((key) => {
      const template = templateOf(key);
      return { key, id: template.id, title: template.title, purpose: template.purpose, inHand: state.quota[key], refused: state.refused[key], always: state.always[key] };
    }),
    askIds: templatesToAsk(state, 'natural').map((key) => templateOf(key).id),
    switchIds: templatesToAsk(state, 'switch').map((key) => templateOf(key).id),
    unread,
  };
}

export async function readStatus(db: Database, memberId: string): Promise<SubscriptionStatusOutput> {
  const [state, unread] = await Promise.all([readSubscriptions(db, memberId), unreadCount(db, memberId)]);
  return statusOf(state, unread);
}
