import { createHash } from 'node:crypto';
import type { InboxReason, ReminderState } from '../../core/reminders/model';
import { COLLECTIONS } from '../db/collections';
import type { Command, Database, Document } from '../platform/database-types';
import { chunks } from './bounded';
import type { ReminderDocument } from './documents';
import { platformNow } from '../platform/clock';

/*
 * Indexes these queries want in the cloud console (数据库 → 索引管理):
 *   reminders:     dueDay ↑ _id ↑ · state ↑ leaseUntil ↑ · state ↑ runId ↑ · state ↑ _id ↑ · sortKey ↓ ·
 *                  memberId ↑ sortKey ↓ · taskId ↑ sortKey ↓ · day ↑ sortKey ↓
 *   inbox:         memberId ↑ sortKey ↓ · memberId ↑ read ↑
 *   reminder_runs: startedAt ↓
 *   tasks (the run's query, besides those in server/tasks/task-repository.ts): status ↑ updatedAt ↑ · members: updatedAt ↑
 */

/** The document id of a reminder key: short and safe as an id, the same for the same key on every run. */
export function reminderIdOf(key: string): string {
  return `r${createHash('sha256').update(key).digest('hex').slice(0, 31)}`;
}

/** An insert refused because the id exists: someone already claimed this reminder. */
export function isDuplicateId(error: unknown): boolean {
  const text = typeof error === 'object' && error !== null ? String((error as { errMsg?: unknown }).errMsg ?? (error as Error).message ?? '') : String(error);
  return /E11000|duplicate key/i.test(text);
}

/**
 * The due-day span of some reminders, as conditions put before an id list: every id asked for lies inside it, and
 * a store without an index on `_id` lists (the local cloud) skips most documents on a cheap comparison. In the
 * cloud, the index on dueDay serves the same condition.
 */
function dueDaySpan(_: Command, reminders: readonly Pick<ReminderDocument, 'dueDay'>[]): Document[] {
  const days = reminders.map((reminder) => reminder.dueDay).sort();
  return [{ dueDay: _.gte(days[0]) }, { dueDay: _.lte(days[days.length - 1]) }];
}

/** Which of the reminders already exist: one query per 1000. */
export async function existingIds(db: Database, reminders: readonly Pick<ReminderDocument, '_id' | 'dueDay'>[]): Promise<Set<string>> {
  const _ = db.command;
  const found = new Set<string>();
  for (const part of chunks(reminders, 1000)) {
    const where = _.and([...dueDaySpan(_, part), { _id: _.in(part.map((reminder) => reminder._id)) }]) as Document;
    const { data } = await db.collection(COLLECTIONS.reminders).where(where).field({ _id: true }).limit(1000).get<{ _id: string }>();
    for (const row of data) found.add(row._id);
  }
  return found;
}

/**
 * Writes the reminders' keys; answers those this invocation now owns. One insert for the lot; when it is refused
 * (another run claimed one of them in the meantime), one at a time, and a key found existing counts as ours only
 * if it carries our invocation's mark (a batch the store partly wrote before refusing).
 */
export async function claim(db: Database, docs: readonly ReminderDocument[]): Promise<ReminderDocument[]> {
  if (docs.length === 0) return [];
  const collection = db.collection(COLLECTIONS.reminders);
  try {
    await collection.add({ data: docs.map((doc) => ({ ...doc })) as unknown as Record<string, unknown> });
    return [...docs];
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
  }
  const owned: ReminderDocument[] = [];
  for (const doc of docs) {
    try {
      await collection.add({ data: { ...doc } });
      owned.push(doc);
    } catch (error) {
      if (!isDuplicateId(error)) throw error;
      const { data } = await collection.where({ _id: doc._id }).field({ owner: true }).limit(1).get<{ owner: string }>();
      if (data[0]?.owner === doc.owner) owned.push(doc);
    }
  }
  return owned;
}

export interface ReminderUpdate {
  state?: ReminderState;
  reason?: InboxReason | null;
  lastError?: { code: string; message: string } | null;
  sentAt?: Date;
  leaseUntil?: number;
  runId?: string;
  owner?: string;
}

/** The same change to many reminders: one request per 1000. */
export async function updateReminders(db: Database, reminders: readonly Pick<ReminderDocument, '_id' | 'dueDay'>[], update: ReminderUpdate, extra: Record<string, unknown> = {}): Promise<void> {
  const _ = db.command;
  for (const part of chunks(reminders, 1000)) {
    const where = _.and([...dueDaySpan(_, part), { _id: _.in(part.map((reminder) => reminder._id)) }]) as Document;
    await db.collection(COLLECTIONS.reminders).where(where).update({ data: { ...update, ...extra, updatedAt: platformNow() } });
  }
}

/**
 * Takes a reminder over from an invocation that is gone, if it still stands as `seen` (compare-and-set on the
 * state and the previous owner): answers whether this invocation now owns it.
 */
export async function takeOver(db: Database, seen: Pick<ReminderDocument, '_id' | 'state' | 'owner' | 'runId'>, owner: string, runId: string, leaseUntil: number): Promise<boolean> {
  const { stats } = await db
    .collection(COLLECTIONS.reminders)
    .where({ _id: seen._id, state: seen.state, owner: seen.owner, runId: seen.runId })
    .update({ data: { owner, runId, leaseUntil, updatedAt: platformNow() } });
  return stats.updated === 1;
}

/**
 * What earlier invocations left unfinished, a page at a time by id: reminders left mid-way by an invocation whose
 * lease ran out (it crashed or was stopped by the platform), reminders a system error left for a later run to try
 * again, and leaders' reminders still waiting for their digest. One query for all three.
 */
export async function findUnfinished(db: Database, runId: string, nowMs: number, after: string | null, limit: number): Promise<ReminderDocument[]> {
  const _ = db.command;
  const unfinished = _.or([{ state: _.in(['claimed', 'sending']), leaseUntil: _.lt(nowMs) }, { state: 'retry', runId: _.neq(runId) }, { state: 'queued' }]);
  const where = after === null ? unfinished : _.and([unfinished, { _id: _.gt(after) }]);
  const { data } = await db
    .collection(COLLECTIONS.reminders)
    .where(where as Document)
    .orderBy('_id', 'asc')
    .limit(limit)
    .get<ReminderDocument>();
  return data;
}
