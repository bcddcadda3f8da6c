import { reminderContent, reminderPage, templateData } from '../../core/reminders/content';
import type { InboxReason, ReminderRunCounts } from '../../core/reminders/model';
import { initialSubscriptionState, subscriptionBlocker } from '../../core/reminders/subscriptions';
import type { SubscriptionState } from '../../core/reminders/subscriptions';
import { LONG_TERM_SUBSCRIPTIONS, templateOf } from '../../core/reminders/subscription-templates';
import type { TemplateKey } from '../../core/reminders/subscription-templates';
import type { Database } from '../platform/database-types';
import type { SendOutcome, SubscribeMessage } from '../platform/openapi';
import { chunks, mapBounded } from './bounded';
import type { ReminderDocument } from './documents';
import { deliverToInbox } from './inbox-store';
import { updateReminders } from './reminder-store';
import type { ReminderUpdate } from './reminder-store';
import type { RosterIndex } from './roster-index';
import type { RemindSettings } from './settings';
import { clearQuota, giveBack, takeMany, takeOne } from './subscription-store';
import type { QuotaSpend } from './subscription-store';
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
  // One write per distinct outcome (reason and error): a wave's failures mostly share one.
  const writes = new Map<string, { update: ReminderUpdate; reminders: ReminderDocument[] }>();
  for (const move of moves) {
    const update: ReminderUpdate = { state: 'inbox', reason: move.reason, ...(move.error ? { lastError: move.error } : {}) };
    const key = JSON.stringify(update);
    writes.set(key, { update, reminders: [...(writes.get(key)?.reminders ?? []), move.reminder] });
  }
  for (const { update, reminders } of writes.values()) await updateReminders(delivery.db, reminders, update);
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
    data: templateData(template, reminderContent(reminder.rule, reminder.daysLeft, reminder.taskTitle, reminder.dueDay, Boolean(reminder.measureId))),
    miniprogramState: settings.miniprogramState,
  };
}

interface Send {
  reminder: ReminderDocument;
  openid: string;
}

/**
 * Spends the wave's accepts: per member and template as many as the reminders, up to what the person holds (the
 * rest go to 消息 as no_quota). Members the batched spend could not charge (a count changed since the run read it)
 * are charged one reminder at a time, as before batching.
 */
async function spendAccepts(delivery: Delivery, wave: readonly Send[], mark: string): Promise<{ charged: Send[]; short: Send[] }> {
  const groups = new Map<string, Send[]>();
  for (const send of wave) {
    const group = `${send.reminder.templateKey}|${send.reminder.memberId}`;
    groups.set(group, [...(groups.get(group) ?? []), send]);
  }
  const charged: Send[] = [];
  const short: Send[] = [];
  const asks: { spend: QuotaSpend; sends: Send[] }[] = [];
  for (const sends of groups.values()) {
    const { memberId, templateKey: key } = (sends[0] as Send).reminder;
    const held = stateOf(delivery, memberId).quota[key];
    short.push(...sends.slice(held));
    const taken = sends.slice(0, held);
    if (taken.length > 0) asks.push({ spend: { memberId, key, count: taken.length }, sends: taken });
  }
  const spent = new Set(await takeMany(delivery.db, asks.map((ask) => ask.spend), mark));
  for (const { spend, sends } of asks) {
    const state = stateOf(delivery, spend.memberId);
    if (spent.has(spend)) {
      charged.push(...sends);
      state.quota[spend.key] = Math.max(0, state.quota[spend.key] - spend.count);
      continue;
    }
    for (const send of sends) {
      if (await takeOne(delivery.db, spend.memberId, spend.key)) {
        charged.push(send);
        state.quota[spend.key] = Math.max(0, state.quota[spend.key] - 1);
      } else {
        state.quota[spend.key] = 0;
        short.push(send);
      }
    }
  }
  return { charged, short };
}

/**
 * Sends one wave of owned reminders as subscription messages. The order is what makes a crash harmless: the accepts
 * are spent (conditionally: none is ever spent twice), the wave is marked `sending`, the messages go out, and the
 * outcomes are written, each step one request for the wave. A reminder found `sending` later was cut off mid-wave:
 * see recovery. Answers the reminders that fall to 消息.
 */
async function sendWave(delivery: Delivery, wave: readonly Send[], mark: string): Promise<ToInbox[]> {
  const { db } = delivery;
  const fallen: ToInbox[] = [];
  let charged = [...wave];
  if (!LONG_TERM_SUBSCRIPTIONS) {
    const spent = await spendAccepts(delivery, wave, mark);
    charged = spent.charged;
    fallen.push(...spent.short.map(({ reminder }): ToInbox => ({ reminder, reason: 'no_quota' })));
  }
  if (charged.length === 0) return fallen;
  await updateReminders(
    db,
    charged.map(({ reminder }) => reminder),
    { state: 'sending' },
    { attempts: db.command.inc(1) },
  );
  const outcomes = await mapBounded(charged, delivery.settings.concurrency, ({ reminder, openid }) => delivery.send(messageOf(reminder, openid, delivery.settings)));
  const sent: ReminderDocument[] = [];
  const retries = new Map<string, { error: { code: string; message: string }; reminders: ReminderDocument[] }>();
  const giveBacks: ReminderDocument[] = [];
  const refusedMembers = new Set<string>();
  charged.forEach(({ reminder }, index) => {
    const outcome = outcomes[index] as SendOutcome;
    if (outcome.kind === 'sent') {
      sent.push(reminder);
      return;
    }
    const error = { code: outcome.code, message: outcome.message };
    const key = reminder.templateKey;
    switch (outcome.kind) {
      case 'refused':
        // WeChat holds no accept for this template: whatever we counted, it is none.
        stateOf(delivery, reminder.memberId).quota[key] = 0;
        refusedMembers.add(`${reminder.memberId}|${key}`);
        fallen.push({ reminder, reason: 'refused', error });
        return;
      case 'rejected':
        giveBacks.push(reminder);
        fallen.push({ reminder, reason: 'failed', error });
        return;
      case 'transient':
        giveBacks.push(reminder);
        if (reminder.attempts + 1 >= delivery.settings.retryCap) fallen.push({ reminder, reason: 'retry_cap', error });
        // A later run tries again (and only a later one: this run's answer would likely be the same).
        else retries.set(JSON.stringify(error), { error, reminders: [...(retries.get(JSON.stringify(error))?.reminders ?? []), reminder] });
        return;
      case 'unknown':
        // WeChat may have delivered it: never send it again; the inbox copy says it could not be confirmed.
        fallen.push({ reminder, reason: 'unconfirmed', error });
    }
  });
  if (sent.length > 0) {
    await updateReminders(db, sent, { state: 'sent', reason: null, lastError: null, sentAt: platformNow() });
    delivery.counts.sent += sent.length;
  }
  for (const { error, reminders } of retries.values()) {
    await updateReminders(db, reminders, { state: 'retry', lastError: error, leaseUntil: 0 });
    delivery.counts.retry += reminders.length;
  }
  if (!LONG_TERM_SUBSCRIPTIONS) {
    for (const member of refusedMembers) {
      const [memberId, key] = member.split('|') as [string, TemplateKey];
      await clearQuota(db, memberId, key);
    }
    for (const reminder of giveBacks) await giveBack(db, reminder.memberId, reminder.templateKey);
  }
  return fallen;
}

/**
 * Delivers reminders this invocation owns (claimed, or taken over): to the inbox at once for whoever cannot get a
 * subscription message now, as subscription messages in waves of `sendBatch` for the rest. Once `outOfTime` says so
 * no new wave starts: answers the reminders left untouched, for the caller to hand on.
 */
export async function deliver(delivery: Delivery, reminders: readonly ReminderDocument[], outOfTime: () => boolean = () => false): Promise<ReminderDocument[]> {
  const direct: ToInbox[] = [];
  const sends: Send[] = [];
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
  const waves = chunks(sends, delivery.settings.sendBatch);
  for (const [index, wave] of waves.entries()) {
    if (outOfTime()) return waves.slice(index).flat().map(({ reminder }) => reminder);
    // At once, so a run stopped later leaves these reminders finished rather than `sending`.
    await moveToInbox(delivery, await sendWave(delivery, wave, `${(wave[0] as Send).reminder.owner}|${(wave[0] as Send).reminder._id}`));
  }
  return [];
}
