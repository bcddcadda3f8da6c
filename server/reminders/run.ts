import { randomBytes } from 'node:crypto';
import { measureTitle } from '../../core/reminders/content';
import { readScopes, reminderKey, remindersDue } from '../../core/reminders/plan';
import type { PlannedReminder, ReadScope } from '../../core/reminders/plan';
import type { ReminderRunCounts } from '../../core/reminders/model';
import { DEFAULT_REMINDER_SCHEDULE } from '../../core/reminders/schedule';
import type { ReminderSchedule } from '../../core/reminders/schedule';
import { TEMPLATE_FOR_RULE } from '../../core/reminders/subscription-templates';
import type { TaskMeasure } from '../../core/tasks/model';
import type { TaskStatus } from '../../core/tasks/status';
import { COLLECTIONS } from '../db/collections';
import type { Command, Database, Document } from '../platform/database-types';
import type { SendOutcome, SubscribeMessage } from '../platform/openapi';
import { chunks } from './bounded';
import { deliver, moveToInbox } from './delivery';
import type { Delivery } from './delivery';
import type { ReminderDocument, ReminderRunDocument, RunPhase } from './documents';
import { readDayRecord, rosterChangedSince, writeDayRecord } from './day-record';
import { addToDigests, sortKeyAt } from './inbox-store';
import { claim, existingIds, findUnfinished, reminderIdOf, takeOver, updateReminders } from './reminder-store';
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
  measures: TaskMeasure[];
  sortKey: string;
}

const ITEM_FIELDS = ['title', 'status', 'dueDate', 'nextReviewDue', 'latestProgressAt', 'measures', 'leaderId', 'departmentIds', 'assigneeIds', 'sortKey'];

/** How far back a day record's instant is taken, so clocks of different function instances a little apart lose nothing. */
const CLOCK_MARGIN_MS = 60_000;

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

/** One of core's read scopes as a database condition: nothing decides here what a rule can see. */
function scopeCondition(_: Command, scope: ReadScope): Document {
  const status = _.in([...scope.statuses]);
  return scope.dueBy === null ? { status } : { status, [scope.dueBy.field]: _.lte(scope.dueBy.day) };
}

/**
 * Reads the items some rule can remind today (core's read scopes), after `cursor` in sort-key order; with
 * `changedSince`, only those changed since (the day's runs have claimed everything of the others).
 */
async function readItems(db: Database, scopes: readonly ReadScope[], changedSince: Date | null, cursor: string | null, limit: number): Promise<RemindItem[]> {
  const _ = db.command;
  const conditions: Document[] = [_.or(scopes.map((scope) => scopeCondition(_, scope))) as Document];
  // Items of an archived plan (marked by plans.archive) are done with: nobody is reminded of them.
  conditions.push({ planArchived: _.neq(true) });
  if (changedSince !== null) conditions.push({ updatedAt: _.gt(changedSince) });
  if (cursor !== null) conditions.push({ sortKey: _.gt(cursor) });
  const { data } = await db
    .collection(COLLECTIONS.tasks)
    .where(_.and(conditions) as Document)
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
  /** Leaders' reminders claimed or found queued, for this invocation's digests. */
  readonly queued: ReminderDocument[] = [];
  private loading: Promise<Delivery> | null = null;

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

  /** The roster and everyone's subscriptions, read once and only when there is something to remind: a rerun with nothing new reads neither. */
  delivery(): Promise<Delivery> {
    const { db, settings, send } = this.tools;
    this.loading ??= Promise.all([RosterIndex.load(db), readAllSubscriptions(db)]).then(([roster, subscriptions]) => ({ db, settings, roster, subscriptions, send, counts: this.counts }));
    return this.loading;
  }

  newReminder(item: RemindItem, due: PlannedReminder, memberId: string, channel: ReminderDocument['channel']): ReminderDocument {
    const measureId = due.measure?.id ?? null;
    const key = reminderKey({ rule: due.rule, round: due.round, taskId: item._id, memberId, dueDay: due.dueDay, measureId });
    const id = reminderIdOf(key);
    const at = new Date(this.tools.nowMs());
    return {
      _id: id,
      key,
      rule: due.rule,
      round: due.round,
      taskId: item._id,
      taskTitle: due.measure ? measureTitle(due.measure.text, item.title) : item.title,
      measureId,
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

/**
 * Takes the run's lease, if no live invocation holds it and the run still stands where this invocation read it
 * (phase and cursor): one that checkpointed in between hands the run on by itself.
 */
async function acquireLease(db: Database, run: ReminderRunDocument, invocation: Invocation): Promise<boolean> {
  const _ = db.command;
  const { stats } = await db
    .collection(COLLECTIONS.reminderRuns)
    .where({ _id: run._id, state: 'running', phase: run.phase, cursor: run.cursor, leaseUntil: _.lt(invocation.startedMs) })
    .update({ data: { leaseOwner: invocation.owner, leaseUntil: invocation.leaseUntil, invocations: _.inc(1), updatedAt: new Date(invocation.startedMs) } });
  return stats.updated === 1;
}

/**
 * Writes where the run stands and lets go of it, adding this invocation's counts. Answers the run as this
 * invocation leaves it: held under the lease, nobody else changed it since it was read.
 */
async function checkpoint(db: Database, invocation: Invocation, phase: RunPhase, cursor: string | null): Promise<ReminderRunDocument> {
  const _ = db.command;
  const done = phase === 'done';
  const at = new Date(invocation.tools.nowMs());
  const counts = Object.fromEntries(Object.entries(invocation.counts).map(([name, count]) => [name, _.inc(count)]));
  const ending = { phase, cursor, leaseOwner: null, leaseUntil: 0, updatedAt: at, ...(done ? { state: 'done' as const, finishedAt: at } : {}) };
  await db
    .collection(COLLECTIONS.reminderRuns)
    .where({ _id: invocation.run._id, leaseOwner: invocation.owner })
    .update({ data: { ...ending, counts } });
  const before = { ...emptyCounts(), ...invocation.run.counts };
  const after = Object.fromEntries(Object.entries(invocation.counts).map(([name, count]) => [name, before[name as keyof ReminderRunCounts] + count])) as unknown as ReminderRunCounts;
  return { ...invocation.run, ...ending, invocations: invocation.run.invocations + 1, counts: after };
}

/**
 * Finishes what invocations that are gone left mid-way. A `claimed` reminder was never sent: it is delivered now.
 * A `sending` one was cut off between handing the message to WeChat and hearing back, so nobody can know whether
 * it arrived: it is never sent again (that could double it); it goes to the person's inbox marked unconfirmed
 * (nothing is lost; at worst the person sees it on WeChat and in 消息). A `retry` left by an earlier run is tried
 * again, or past the cap goes to the inbox. A `queued` one joins this invocation's digests.
 */
async function recover(invocation: Invocation): Promise<boolean> {
  const { db } = invocation.tools;
  const take = (doc: ReminderDocument) => takeOver(db, doc, invocation.owner, invocation.run._id, invocation.leaseUntil);
  const pageSize = 1000;
  let after: string | null = null;
  for (;;) {
    if (invocation.outOfTime()) return false;
    const page = await findUnfinished(db, invocation.run._id, invocation.tools.nowMs(), after, pageSize);
    for (const doc of page) {
      if (doc.state === 'queued') {
        invocation.queued.push(doc);
        continue;
      }
      // Untouched, a reminder keeps its lapsed lease: the next invocation recovers it.
      if (invocation.outOfTime()) return false;
      if (!(await take(doc))) continue;
      invocation.counts.recovered += 1;
      const delivery = await invocation.delivery();
      const owned = { ...doc, owner: invocation.owner };
      if (doc.state === 'sending') await moveToInbox(delivery, [{ reminder: doc, reason: 'unconfirmed', error: doc.lastError ?? { code: 'STOPPED', message: '发送过程中运行中断' } }]);
      else if (doc.state === 'claimed') await handOn(delivery, await deliver(delivery, [owned], () => invocation.outOfTime()));
      else if (doc.attempts >= delivery.settings.retryCap) await moveToInbox(delivery, [{ reminder: doc, reason: 'retry_cap', error: doc.lastError ?? undefined }]);
      else await deliver(delivery, [owned]);
    }
    if (page.length < pageSize) return true;
    after = (page[page.length - 1] as ReminderDocument)._id;
  }
}

/** The reminders of a batch of items: owners by subscription message, everyone else into a digest. */
function remindersOf(invocation: Invocation, roster: RosterIndex, items: readonly RemindItem[]): ReminderDocument[] {
  const reminders: ReminderDocument[] = [];
  for (const item of items) {
    for (const due of remindersDue(item, invocation.run.clock, invocation.schedule)) {
      const { owners, digest } = roster.recipients(due.audience, item, due.measure?.ownerId ?? null);
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

/** Claims the batch's reminders nobody has claimed yet, then delivers those that go by subscription message; leaders' wait for the digests. */
async function handleBatch(delivery: Delivery, invocation: Invocation, reminders: readonly ReminderDocument[]): Promise<void> {
  if (reminders.length === 0) return;
  const existing = await existingIds(delivery.db, reminders);
  const owned = await claim(
    delivery.db,
    reminders.filter((reminder) => !existing.has(reminder._id)),
  );
  invocation.queued.push(...owned.filter((reminder) => reminder.channel === 'digest'));
  const subscription = owned.filter((reminder) => reminder.channel === 'subscription');
  await handOn(delivery, await deliver(delivery, subscription, () => invocation.outOfTime()));
}

/** Pages through the items from the run's cursor; answers the cursor reached and whether the items are all done. */
async function itemsPhase(invocation: Invocation, from: string | null, changedSince: Date | null): Promise<{ cursor: string | null; finished: boolean }> {
  const { db, settings } = invocation.tools;
  const scopes = readScopes(invocation.run.clock, invocation.schedule);
  let cursor = from;
  for (;;) {
    const page = await readItems(db, scopes, changedSince, cursor, settings.pageSize);
    const delivery = page.length > 0 ? await invocation.delivery() : null;
    let batch: ReminderDocument[] = [];
    for (const item of page) {
      batch.push(...remindersOf(invocation, (delivery as Delivery).roster, [item]));
      if (batch.length >= settings.batchSize || item === page[page.length - 1]) {
        await handleBatch(delivery as Delivery, invocation, batch);
        batch = [];
        cursor = item.sortKey;
        if (invocation.outOfTime()) return { cursor, finished: false };
      }
    }
    if (page.length < settings.pageSize) return { cursor, finished: true };
  }
}

/**
 * Leaders' queued reminders become one digest per person and day, written together; then one write per 1000 marks
 * them done, each within the invocation's budget (a request that marks thousands at once can outlast the reserve).
 * Idempotent, so any run may finish any of them: a run stopped in between leaves the rest queued, and taking them
 * again writes the same digest entries.
 */
async function digestPhase(invocation: Invocation): Promise<boolean> {
  const { db } = invocation.tools;
  const queued = [...new Map(invocation.queued.map((reminder) => [reminder._id, reminder])).values()];
  invocation.queued.length = 0;
  if (queued.length === 0) return true;
  const outOfTime = () => invocation.outOfTime();
  if (outOfTime() || !(await addToDigests(db, queued, outOfTime))) return false;
  for (const part of chunks(queued, 1000)) {
    if (outOfTime()) return false;
    await updateReminders(db, part, { state: 'inbox', reason: 'digest' });
    invocation.counts.digest += part.length;
  }
  return true;
}

/**
 * Which items the run must read, from the day's record: only those changed since the record's instant when the
 * roster did not change either (the day's earlier runs claimed everything of the rest), else every item in scope.
 */
async function changedSinceOfDay(db: Database, day: string): Promise<Date | null> {
  const record = await readDayRecord(db, day);
  if (!record) return null;
  const since = new Date(record.coveredUntil);
  return (await rosterChangedSince(db, since)) ? null : since;
}

/**
 * One invocation of a run: take the run's lease (another live invocation holding it means this one has nothing
 * to do), finish what crashed invocations left, then go on from the run's checkpoint — items from the cursor
 * (only those changed since the day's record, when it allows), then digests — until done or out of time, writing
 * the checkpoint before letting go. A run that read its items to the end records the day as covered.
 */
export async function runInvocation(tools: InvocationTools, run: ReminderRunDocument): Promise<InvocationResult> {
  const invocation = new Invocation(tools, run);
  if (run.state === 'done') return { outcome: 'finished', run, counts: invocation.counts };
  if (!(await acquireLease(tools.db, run, invocation))) return { outcome: 'busy', run, counts: invocation.counts };

  let phase: RunPhase = run.phase;
  let cursor = run.cursor;
  const stop = async (): Promise<InvocationResult> => ({ outcome: 'continue', run: await checkpoint(tools.db, invocation, phase, cursor), counts: invocation.counts });

  const [recovered, changedSince] = await Promise.all([recover(invocation), phase === 'recover' || phase === 'items' ? changedSinceOfDay(tools.db, run.day) : null]);
  if (!recovered) return stop();
  if (phase === 'recover') phase = 'items';
  if (phase === 'items') {
    const reached = await itemsPhase(invocation, cursor, changedSince);
    cursor = reached.cursor;
    if (!reached.finished) return stop();
    // What this run read covers the day up to its start: anything changed later is read by the next run.
    if (changedSince === null || reached.cursor !== run.cursor) await writeDayRecord(tools.db, run.day, new Date(new Date(run.startedAt).getTime() - CLOCK_MARGIN_MS));
    phase = 'digest';
  }
  if (phase === 'digest' && !(await digestPhase(invocation))) return stop();
  phase = 'done';
  return { outcome: 'done', run: await checkpoint(tools.db, invocation, phase, cursor), counts: invocation.counts };
}
