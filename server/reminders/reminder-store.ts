import { createHash } from 'node:crypto';
import type { InboxReason, ReminderState } from '../../core/reminders/model';
import { COLLECTIONS } from '../db/collections';
import type { Database } from '../platform/database-types';
import { chunks } from './bounded';
import type { ReminderDocument } from './documents';

/** The document id of a reminder key: short and safe as an id, the same for the same key on every run. */
export function reminderIdOf(key: string): string {
  return `r${createHash('sha256').update(key).digest('hex').slice(0, 31)}`;
}

/** An insert refused because the id exists: someone already claimed this reminder. */
export function isDuplicateId(error: unknown): boolean {
  const text = typeof error === 'object' && error !== null ? String((error as { errMsg?: unknown }).errMsg ?? (error as Error).message ?? '') : String(error);
  return /E11000|duplicate key/i.test(text);
}

/** Which of `ids` already exist: one query per 1000. */
export async function existingIds(db: Database, ids: readonly string[]): Promise<Set<string>> {
  const _ = db.command;
  const found = new Set<string>();
  for (const part of chunks(ids, 1000)) {
    const { data } = await db.collection(COLLECTIONS.reminders).where({ _id: _.in(part) }).field({ _id: true }).limit(1000).get<{ _id: string }>();
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

export async function updateReminder(db: Database, id: string, update: ReminderUpdate, extra: Record<string, unknown> = {}): Promise<void> {
  await db.collection(COLLECTIONS.reminders).doc(id).update({ data: { ...update, ...extra, updatedAt: new Date() } });
}

/** The same change to many reminders: one request per 1000. */
export async function updateReminders(db: Database, ids: readonly string[], update: ReminderUpdate): Promise<void> {
  const _ = db.command;
  for (const part of chunks(ids, 1000)) {
    await db.collection(COLLECTIONS.reminders).where({ _id: _.in(part) }).update({ data: { ...update, updatedAt: new Date() } });
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
    .update({ data: { owner, runId, leaseUntil, updatedAt: new Date() } });
  return stats.updated === 1;
}

/** Reminders left mid-way by an invocation whose lease ran out (it crashed or was stopped by the platform). */
export async function findAbandoned(db: Database, nowMs: number, limit: number): Promise<ReminderDocument[]> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTIONS.reminders)
    .where({ state: _.in(['claimed', 'sending']), leaseUntil: _.lt(nowMs) })
    .limit(limit)
    .get<ReminderDocument>();
  return data;
}

/** Reminders a system error left for a later run to try again. */
export async function findRetries(db: Database, runId: string, limit: number): Promise<ReminderDocument[]> {
  const _ = db.command;
  const { data } = await db.collection(COLLECTIONS.reminders).where({ state: 'retry', runId: _.neq(runId) }).limit(limit).get<ReminderDocument>();
  return data;
}

/** Leaders' reminders waiting for their digest, oldest ids first. */
export async function findQueued(db: Database, limit: number): Promise<ReminderDocument[]> {
  const { data } = await db.collection(COLLECTIONS.reminders).where({ state: 'queued' }).orderBy('_id', 'asc').limit(limit).get<ReminderDocument>();
  return data;
}
