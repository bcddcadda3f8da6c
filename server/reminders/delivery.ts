import { reminderContent, reminderPage, templateData } from '../../core/reminders/content';
import type { InboxReason, ReminderRunCounts } from '../../core/reminders/model';
import { initialSubscriptionState, subscriptionBlocker } from '../../core/reminders/subscriptions';
import type { SubscriptionState } from '../../core/reminders/subscriptions';
import { LONG_TERM_SUBSCRIPTIONS, templateOf } from '../../core/reminders/subscription-templates';
import type { Database } from '../platform/database-types';
import type { SendOutcome, SubscribeMessage } from '../platform/openapi';
import { mapBounded } from './bounded';
import type { ReminderDocument } from './documents';
import { deliverToInbox } from './inbox-store';
import { updateReminder, updateReminders } from './reminder-store';
import type { RosterIndex } from './roster-index';
import type { RemindSettings } from './settings';
import { clearQuota, giveBack, takeOne } from './subscription-store';
import { platformNow } from '../platform/clock';

/** What one invocation of a run works with. */
export interface Delivery {
  db: Database;
  settings: RemindSettings;
  roster: RosterIndex;
  /** Everyone's subscriptions as read at the start, kept current with what this invocation spends. */
  subscriptions: Map<string, SubscriptionState>;
  send: (message: SubscribeMessage) => Promise<SendOutcome>;
  counts: ReminderRunCounts;
}

interface ToInbox {
  reminder: ReminderDocument;
  reason: InboxReason;
  error?: { code: string; message: string };
}

/** The inbox message first, then the reminder's state: a stop in between leaves a reminder a later run finishes. */
export async function moveToInbox(delivery: Delivery, moves: readonly ToInbox[]): Promise<void> {
  if (moves.length === 0) return;
  await deliverToInbox(delivery.db, moves);
  const plain = new Map<InboxReason, ReminderDocument[]>();
  for (const move of moves) {
    if (move.error) await updateReminder(delivery.db, move.reminder._id, { state: 'inbox', reason: move.reason, lastError: move.error });
    else plain.set(move.reason, [...(plain.get(move.reason) ?? []), move.reminder]);
  }
  for (const [reason, reminders] of plain) await updateReminders(delivery.db, reminders, { state: 'inbox', reason });
  delivery.counts.inbox += moves.length;
}

function stateOf(delivery: Delivery, memberId: string): SubscriptionState {
  let state = delivery.subscriptions.get(memberId);
  if (!state) {
    state = initialSubscriptionState();
    delivery.subscriptions.set(memberId, state);
  }
  return state;
}

export function messageOf(reminder: ReminderDocument, openid: string, settings: RemindSettings): SubscribeMessage {
  const template = templateOf(reminder.templateKey);
  return {
    touser: openid,
    templateId: template.id,
    page: reminderPage(reminder.taskId, reminder._id),
    data: templateData(template, reminderContent(reminder.rule, reminder.daysLeft, reminder.taskTitle, reminder.dueDay)),
    miniprogramState: settings.miniprogramState,
  };
}

/**
 * Sends one owned reminder as a subscription message. The order is what makes a crash harmless: an accept is
 * spent (conditionally: none is ever spent twice), the reminder is marked `sending`, the message goes out, and
 * the outcome is written. A reminder found `sending` later was cut off mid-send: see recovery.
 */
async function sendOne(delivery: Delivery, reminder: ReminderDocument, openid: string): Promise<ToInbox | null> {
  const { db } = delivery;
  const state = stateOf(delivery, reminder.memberId);
  const key = reminder.templateKey;
  if (!LONG_TERM_SUBSCRIPTIONS) {
    if (!(await takeOne(db, reminder.memberId, key))) {
      state.quota[key] = 0;
      return { reminder, reason: 'no_quota' };
    }
    state.quota[key] = Math.max(0, state.quota[key] - 1);
  }
  const attempts = reminder.attempts + 1;
  await updateReminder(db, reminder._id, { state: 'sending' }, { attempts });
  const outcome = await delivery.send(messageOf(reminder, openid, delivery.settings));
  if (outcome.kind === 'sent') {
    await updateReminder(db, reminder._id, { state: 'sent', reason: null, lastError: null, sentAt: platformNow() });
    delivery.counts.sent += 1;
    return null;
  }
  const error = { code: outcome.code, message: outcome.message };
  switch (outcome.kind) {
    case 'refused':
      // WeChat holds no accept for this template: whatever we counted, it is none.
      state.quota[key] = 0;
      if (!LONG_TERM_SUBSCRIPTIONS) await clearQuota(db, reminder.memberId, key);
      return { reminder, reason: 'refused', error };
    case 'rejected':
      if (!LONG_TERM_SUBSCRIPTIONS) await giveBack(db, reminder.memberId, key);
      return { reminder, reason: 'failed', error };
    case 'transient':
      if (!LONG_TERM_SUBSCRIPTIONS) await giveBack(db, reminder.memberId, key);
      if (attempts >= delivery.settings.retryCap) return { reminder, reason: 'retry_cap', error };
      // A later run tries again (and only a later one: this run's answer would likely be the same).
      await updateReminder(db, reminder._id, { state: 'retry', lastError: error, leaseUntil: 0 });
      delivery.counts.retry += 1;
      return null;
    case 'unknown':
      // WeChat may have delivered it: never send it again; the inbox copy says it could not be confirmed.
      return { reminder, reason: 'unconfirmed', error };
  }
}

/**
 * Delivers reminders this invocation owns (claimed, or taken over): to the inbox at once for whoever cannot get a
 * subscription message now, as subscription messages with bounded concurrency for the rest. Once `outOfTime`
 * says so no new send starts: answers the reminders left untouched, for the caller to hand on.
 */
export async function deliver(delivery: Delivery, reminders: readonly ReminderDocument[], outOfTime: () => boolean = () => false): Promise<ReminderDocument[]> {
  const direct: ToInbox[] = [];
  const sends: { reminder: ReminderDocument; openid: string }[] = [];
  for (const reminder of reminders) {
    const person = delivery.roster.person(reminder.memberId);
    if (!person?.openid) {
      direct.push({ reminder, reason: 'unbound' });
      continue;
    }
    const blocker = subscriptionBlocker(stateOf(delivery, reminder.memberId), reminder.templateKey);
    if (blocker) direct.push({ reminder, reason: blocker });
    else sends.push({ reminder, openid: person.openid });
  }
  await moveToInbox(delivery, direct);
  const untouched: ReminderDocument[] = [];
  await mapBounded(sends, delivery.settings.concurrency, async ({ reminder, openid }) => {
    if (outOfTime()) {
      untouched.push(reminder);
      return;
    }
    const fallen = await sendOne(delivery, reminder, openid);
    // At once, so a run stopped later leaves this reminder finished rather than `sending`.
    if (fallen) await moveToInbox(delivery, [fallen]);
  });
  return untouched;
}
