import { randomBytes } from 'node:crypto';
import { readHorizon, reminderKey, remindersDue } from '../../core/reminders/plan';
import type { ReminderRunCounts } from '../../core/reminders/model';
import { DEFAULT_REMINDER_SCHEDULE } from '../../core/reminders/schedule';
import type { ReminderSchedule } from '../../core/reminders/schedule';
import { TEMPLATE_FOR_RULE } from '../../core/reminders/subscription-templates';
import type { TaskStatus } from '../../core/tasks/status';
import { COLLECTIONS } from '../db/collections';
import type { Database } from '../platform/database-types';
import type { SendOutcome, SubscribeMessage } from '../platform/openapi';
import { deliver, moveToInbox } from './delivery';
import type { Delivery } from './delivery';
import type { ReminderDocument, ReminderRunDocument, RunPhase } from './documents';
import { addToDigest, sortKeyAt } from './inbox-store';
import { claim, existingIds, findAbandoned, findQueued, findRetries, reminderIdOf, takeOver, updateReminders } from './reminder-store';
import { RosterIndex } from './roster-index';
import type { ItemParties } from './roster-index';
import type { RemindSettings } from './settings';
import { readAllSubscriptions } from './subscription-store';

/** What the items query reads of an item. */
interface RemindItem extends ItemParties {
  _id: string;
  title: string;
  status: TaskStatus;
  dueDate: string | null;
  nextReviewDue: string | null;
  latestProgressAt: Date | null;
  sortKey: string;
  planArchived?: boolean;
}

const ITEM_FIELDS = ['title', 'status', 'dueDate', 'nextReviewDue', 'latestProgressAt', 'leaderId', 'departmentIds', 'assigneeIds', 'sortKey', 'planArchived'];

export function emptyCounts(): ReminderRunCounts {
  return { sent: 0, inbox: 0, digest: 0, retry: 0, recovered: 0 };
}

export interface InvocationTools {
  db: Database;
  settings: RemindSettings;
  send: (message: SubscribeMessage) => Promise<SendOutcome>;
  /** The real clock, for leases and budgets: never the run's (possibly injected) clock. */
  nowMs: () => number;
  /** The platform's hard limit for this invocation (context.time_limit_in_ms), when it says. */
  hardLimitMs: number | null;
  schedule?: ReminderSchedule;
}

/** done: the run is finished; continue: out of time, checkpoint written; busy: another invocation holds it; finished: it was done already. */
export interface InvocationResult {
  outcome: 'done' | 'continue' | 'busy' | 'finished';
  run: ReminderRunDocument;
  counts: ReminderRunCounts;
}

/** Reads the items that may be due for a reminder today, after `cursor` in sort-key order. */
async function readItems(db: Database, clock: Date, schedule: ReminderSchedule, cursor: string | null, limit: number): Promise<RemindItem[]> {
  const _ = db.command;
  const { dueBy, everyOpenItem } = readHorizon(clock, schedule);
  const open = _.in(['not_started', 'in_progress']);
  const windows = _.or([
    everyOpenItem ? { status: open } : { status: open, dueDate: _.lte(dueBy) },
    { status: 'long_term', nextReviewDue: _.lte(dueBy) },
  ]);
  const where = cursor === null ? windows : _.and([windows, { sortKey: _.gt(cursor) }]);
  const { data } = await db
    .collection(COLLECTIONS.tasks)
    .where(where as Record<string, unknown>)
    .orderBy('sortKey', 'asc')
    .limit(limit)
    .field(Object.fromEntries(ITEM_FIELDS.map((field) => [field, true])))
    .get<RemindItem>();
  return data;
}

/** One invocation's share of a run: the lease it holds, the budget it keeps to, and what it did. */
class Invocation {
  readonly owner = randomBytes(8).toString('hex');
  readonly startedMs: number;
  readonly softDeadline: number;
  readonly leaseUntil: number;
  readonly counts = emptyCounts();
  readonly schedule: ReminderSchedule;

  constructor(
    readonly tools: InvocationTools,
    readonly run: ReminderRunDocument,
  ) {
    this.startedMs = tools.nowMs();
    const hardLimit = tools.hardLimitMs ?? tools.settings.timeoutMs;
    this.softDeadline = this.startedMs + Math.min(tools.settings.timeoutMs, hardLimit) - tools.settings.reserveMs;
    // No invocation lives past its hard limit: once this passes, whatever it held was abandoned.
    this.leaseUntil = this.startedMs + Math.max(tools.settings.timeoutMs, hardLimit) + 1000;
    this.schedule = tools.schedule ?? DEFAULT_REMINDER_SCHEDULE;
  }

  outOfTime(): boolean {
    return this.tools.nowMs() >= this.softDeadline;
  }

  newReminder(item: RemindItem, due: ReturnType<typeof remindersDue>[number], memberId: string, channel: ReminderDocument['channel']): ReminderDocument {
    const key = reminderKey({ rule: due.rule, round: due.round, taskId: item._id, memberId, dueDay: due.dueDay });
    const id = reminderIdOf(key);
    const at = new Date(this.tools.nowMs());
    return {
      _id: id,
      key,
      rule: due.rule,
      round: due.round,
      taskId: item._id,
      taskTitle: item.title,
      memberId,
      dueDay: due.dueDay,
      daysLeft: due.daysLeft,
      day: this.run.day,
      channel,
      templateKey: TEMPLATE_FOR_RULE[due.rule],
      state: channel === 'digest' ? 'queued' : 'claimed',
      reason: null,
      attempts: 0,
      lastError: null,
      runId: this.run._id,
      owner: this.owner,
      leaseUntil: this.leaseUntil,
      sortKey: sortKeyAt(at, id),
      createdAt: at,
      updatedAt: at,
      sentAt: null,
    };
  }
}

async function acquireLease(db: Database, run: ReminderRunDocument, invocation: Invocation): Promise<boolean> {
  const _ = db.command;
  const { stats } = await db
    .collection(COLLECTIONS.reminderRuns)
    .where({ _id: run._id, state: 'running', leaseUntil: _.lt(invocation.startedMs) })
    .update({ data: { leaseOwner: invocation.owner, leaseUntil: invocation.leaseUntil, invocations: _.inc(1), updatedAt: new Date(invocation.startedMs) } });
  return stats.updated === 1;
}

/** Writes where the run stands and lets go of it, adding this invocation's counts. */
async function checkpoint(db: Database, invocation: Invocation, phase: RunPhase, cursor: string | null): Promise<ReminderRunDocument> {
  const _ = db.command;
  const done = phase === 'done';
  const at = new Date(invocation.tools.nowMs());
  const counts = Object.fromEntries(Object.entries(invocation.counts).map(([name, count]) => [name, _.inc(count)]));
  await db
    .collection(COLLECTIONS.reminderRuns)
    .where({ _id: invocation.run._id, leaseOwner: invocation.owner })
    .update({ data: { phase, cursor, leaseOwner: null, leaseUntil: 0, counts, updatedAt: at, ...(done ? { state: 'done', finishedAt: at } : {}) } });
  const { data } = await db.collection(COLLECTIONS.reminderRuns).doc(invocation.run._id).get<ReminderRunDocument>();
  return data;
}

/**
 * Finishes what invocations that are gone left mid-way. A `claimed` reminder was never sent: it is delivered now.
 * A `sending` one was cut off between handing the message to WeChat and hearing back, so nobody can know whether
 * it arrived: it is never sent again (that could double it); it goes to the person's inbox marked unconfirmed
 * (nothing is lost; at worst the person sees it on WeChat and in 消息). A `retry` left by an earlier run is tried
 * again, or past the cap goes to the inbox.
 */
async function recover(delivery: Delivery, invocation: Invocation): Promise<boolean> {
  const { db } = delivery;
  const take = (doc: ReminderDocument) => takeOver(db, doc, invocation.owner, invocation.run._id, invocation.leaseUntil);
  for (;;) {
    if (invocation.outOfTime()) return false;
    const abandoned = await findAbandoned(db, invocation.tools.nowMs(), 100);
    if (abandoned.length === 0) break;
    for (const doc of abandoned) {
      // Untouched, a reminder keeps its lapsed lease: the next invocation recovers it.
      if (invocation.outOfTime()) return false;
      if (!(await take(doc))) continue;
      invocation.counts.recovered += 1;
      if (doc.state === 'sending') await moveToInbox(delivery, [{ reminder: doc, reason: 'unconfirmed', error: doc.lastError ?? { code: 'STOPPED', message: '发送过程中运行中断' } }]);
      else await handOn(delivery, await deliver(delivery, [{ ...doc, owner: invocation.owner }], () => invocation.outOfTime()));
    }
  }
  for (;;) {
    if (invocation.outOfTime()) return false;
    const retries = await findRetries(db, invocation.run._id, 100);
    if (retries.length === 0) return true;
    for (const doc of retries) {
      if (invocation.outOfTime()) return false;
      if (!(await take(doc))) continue;
      invocation.counts.recovered += 1;
      if (doc.attempts >= delivery.settings.retryCap) await moveToInbox(delivery, [{ reminder: doc, reason: 'retry_cap', error: doc.lastError ?? undefined }]);
      else await deliver(delivery, [{ ...doc, owner: invocation.owner }]);
    }
  }
}

/** The reminders of a batch of items: owners by subscription message, everyone else into a digest. */
function remindersOf(invocation: Invocation, roster: RosterIndex, items: readonly RemindItem[]): ReminderDocument[] {
  const reminders: ReminderDocument[] = [];
  for (const item of items) {
    for (const due of remindersDue(item, invocation.run.clock, invocation.schedule)) {
      const { owners, digest } = roster.recipients(due.audience, item);
      for (const memberId of owners) reminders.push(invocation.newReminder(item, due, memberId, 'subscription'));
      for (const memberId of digest) reminders.push(invocation.newReminder(item, due, memberId, 'digest'));
    }
  }
  return reminders;
}

/**
 * Lets go of claimed reminders this invocation had no time to send: their lease ends now, so the next invocation's
 * recovery delivers them at once instead of waiting for this one's lease to run out.
 */
async function handOn(delivery: Delivery, untouched: readonly ReminderDocument[]): Promise<void> {
  if (untouched.length === 0) return;
  await updateReminders(delivery.db, untouched, { leaseUntil: 0 });
}

/** Claims the batch's reminders nobody has claimed yet, then delivers those that go by subscription message. */
async function handleBatch(delivery: Delivery, invocation: Invocation, reminders: readonly ReminderDocument[]): Promise<void> {
  if (reminders.length === 0) return;
  const existing = await existingIds(delivery.db, reminders);
  const owned = await claim(
    delivery.db,
    reminders.filter((reminder) => !existing.has(reminder._id)),
  );
  const subscription = owned.filter((reminder) => reminder.channel === 'subscription');
  await handOn(delivery, await deliver(delivery, subscription, () => invocation.outOfTime()));
}

/** Pages through the items from the run's cursor; answers the cursor reached and whether the items are all done. */
async function itemsPhase(delivery: Delivery, invocation: Invocation, from: string | null): Promise<{ cursor: string | null; finished: boolean }> {
  const { db, settings } = delivery;
  let cursor = from;
  for (;;) {
    const page = await readItems(db, invocation.run.clock, invocation.schedule, cursor, settings.pageSize);
    let batch: ReminderDocument[] = [];
    for (const item of page) {
      // Items of an archived plan (marked by plans.archive) are done with: read in passing, nobody is reminded of them.
      if (item.planArchived !== true) batch.push(...remindersOf(invocation, delivery.roster, [item]));
      if (batch.length >= settings.batchSize || item === page[page.length - 1]) {
        await handleBatch(delivery, invocation, batch);
        batch = [];
        cursor = item.sortKey;
        if (invocation.outOfTime()) return { cursor, finished: false };
      }
    }
    if (page.length < settings.pageSize) return { cursor, finished: true };
  }
}

/** Leaders' queued reminders become one digest per person and day: idempotent, so any run may finish any of them. */
async function digestPhase(delivery: Delivery, invocation: Invocation): Promise<boolean> {
  const { db } = delivery;
  for (;;) {
    if (invocation.outOfTime()) return false;
    const queued = await findQueued(db, 1000);
    if (queued.length === 0) return true;
    const groups = new Map<string, ReminderDocument[]>();
    for (const reminder of queued) {
      const group = `${reminder.memberId}|${reminder.day}`;
      groups.set(group, [...(groups.get(group) ?? []), reminder]);
    }
    const added: ReminderDocument[] = [];
    for (const reminders of groups.values()) {
      const first = reminders[0] as ReminderDocument;
      await addToDigest(db, first.memberId, first.day, reminders);
      added.push(...reminders);
      invocation.counts.digest += reminders.length;
      if (invocation.outOfTime()) break;
    }
    // One write marks the page's digested reminders done; a run stopped before it leaves them queued, and taking
    // them again writes the same digest entries.
    await updateReminders(db, added, { state: 'inbox', reason: 'digest' });
  }
}

/**
 * One invocation of a run: take the run's lease (another live invocation holding it means this one has nothing
 * to do), finish what crashed invocations left, then go on from the run's checkpoint — items from the cursor,
 * then digests — until done or out of time, writing the checkpoint before letting go.
 */
export async function runInvocation(tools: InvocationTools, run: ReminderRunDocument): Promise<InvocationResult> {
  const invocation = new Invocation(tools, run);
  if (run.state === 'done') return { outcome: 'finished', run, counts: invocation.counts };
  if (!(await acquireLease(tools.db, run, invocation))) return { outcome: 'busy', run, counts: invocation.counts };

  const [roster, subscriptions] = await Promise.all([RosterIndex.load(tools.db), readAllSubscriptions(tools.db)]);
  const delivery: Delivery = { db: tools.db, settings: tools.settings, roster, subscriptions, send: tools.send, counts: invocation.counts };

  let phase: RunPhase = run.phase;
  let cursor = run.cursor;
  const stop = async (): Promise<InvocationResult> => ({ outcome: 'continue', run: await checkpoint(tools.db, invocation, phase, cursor), counts: invocation.counts });

  if (!(await recover(delivery, invocation))) return stop();
  if (phase === 'recover') phase = 'items';
  if (phase === 'items') {
    const reached = await itemsPhase(delivery, invocation, cursor);
    cursor = reached.cursor;
    if (!reached.finished) return stop();
    phase = 'digest';
  }
  if (phase === 'digest' && !(await digestPhase(delivery, invocation))) return stop();
  phase = 'done';
  return { outcome: 'done', run: await checkpoint(tools.db, invocation, phase, cursor), counts: invocation.counts };
}
