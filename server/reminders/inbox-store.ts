import { createHash } from 'node:crypto';
import type { InboxReason } from '../../core/reminders/model';
import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import type { Database } from '../platform/database-types';
import { chunks } from './bounded';
import type { InboxDocument, ReminderDocument, StoredDigestEntry } from './documents';
import { isDuplicateId } from './reminder-store';
import { platformNow } from '../platform/clock';

export function digestIdOf(memberId: string, day: string): string {
  return `d${createHash('sha256').update(`${memberId}|${day}`).digest('hex').slice(0, 31)}`;
}

/** A digest stores each reminder under a field named after it (≤ 32 characters, starting with a letter). */
export function entryFieldOf(reminderId: string): string {
  return `e${reminderId.slice(1)}`;
}

/** `<ISO time>|<id>`: newest-first order and a cursor that never skips, for the inbox and the reminder log. */
export function sortKeyAt(at: Date, id: string): string {
  return `${at.toISOString()}|${id}`;
}

/** A reminder as its own inbox message: same id as the reminder, so writing it twice leaves one. */
function reminderMessage(reminder: ReminderDocument, reason: InboxReason, at: Date): InboxDocument {
  const message: InboxDocument = {
    _id: reminder._id,
    memberId: reminder.memberId,
    kind: 'reminder',
    day: reminder.day,
    read: false,
    sortKey: sortKeyAt(at, reminder._id),
    createdAt: at,
    updatedAt: at,
    reason,
    taskId: reminder.taskId,
    rule: reminder.rule,
    title: reminder.taskTitle,
    dueDay: reminder.dueDay,
    daysLeft: reminder.daysLeft,
  };
  if (reminder.measureId) message.measureId = reminder.measureId;
  return message;
}

/**
 * Puts reminders into their people's inboxes: one insert for the lot, and when some are there already (a run
 * that stopped between the inbox and the reminder's own state), one at a time, keeping those.
 */
export async function deliverToInbox(db: Database, reminders: readonly { reminder: ReminderDocument; reason: InboxReason }[]): Promise<void> {
  if (reminders.length === 0) return;
  const at = platformNow();
  const collection = db.collection(COLLECTIONS.inbox);
  for (const part of chunks(reminders, 500)) {
    const messages = part.map(({ reminder, reason }) => reminderMessage(reminder, reason, at));
    try {
      await collection.add({ data: messages.map((message) => ({ ...message })) as unknown as Record<string, unknown> });
      continue;
    } catch (error) {
      if (!isDuplicateId(error)) throw error;
    }
    for (const message of messages) {
      try {
        await collection.add({ data: { ...message } });
      } catch (error) {
        if (!isDuplicateId(error)) throw error;
      }
    }
  }
}

function digestEntries(reminders: readonly ReminderDocument[]): Record<string, StoredDigestEntry> {
  const entries: Record<string, StoredDigestEntry> = {};
  for (const reminder of reminders) {
    const entry: StoredDigestEntry = { reminderId: reminder._id, taskId: reminder.taskId, title: reminder.taskTitle, rule: reminder.rule, dueDay: reminder.dueDay, daysLeft: reminder.daysLeft };
    if (reminder.measureId) entry.measureId = reminder.measureId;
    entries[entryFieldOf(reminder._id)] = entry;
  }
  return entries;
}

function newDigest(id: string, memberId: string, day: string, entries: Record<string, StoredDigestEntry>, at: Date): InboxDocument {
  return { _id: id, memberId, kind: 'digest', day, read: false, sortKey: sortKeyAt(at, id), createdAt: at, updatedAt: at, reason: 'digest', taskId: null, rule: null, title: null, dueDay: null, daysLeft: null, entries };
}

/**
 * Adds reminders to one person's digest of one day. Each entry is a field named after its reminder, so adding it
 * again (two runs, or a run resumed after a crash) writes the same field: the digest lists it once. New entries
 * make the digest unread again.
 */
async function addToDigest(db: Database, memberId: string, day: string, reminders: readonly ReminderDocument[]): Promise<void> {
  const id = digestIdOf(memberId, day);
  const at = platformNow();
  const entries = digestEntries(reminders);
  const _ = db.command;
  const update = async (): Promise<boolean> => {
    // Nested objects in an update merge field by field; _.set writes each entry whole.
    const added = Object.fromEntries(Object.entries(entries).map(([field, entry]) => [field, _.set(entry)]));
    const { stats } = await db.collection(COLLECTIONS.inbox).doc(id).update({ data: { read: false, updatedAt: at, entries: added } });
    return stats.updated > 0;
  };
  if (await update()) return;
  try {
    await db.collection(COLLECTIONS.inbox).add({ data: { ...newDigest(id, memberId, day, entries, at) } });
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    // Another run wrote the day's digest a moment ago: add to it.
    await update();
  }
}

/** Entries per insert of new digests: a request stays well under the platform's size limits. */
const DIGEST_ENTRIES_PER_INSERT = 2000;

/**
 * Adds reminders to their people's digests, one per person and day. Which digests exist is read once; the missing
 * ones are inserted together (a few requests however many people), the existing ones get one update each. A digest
 * another run inserted in the meantime is added to like an existing one. Answers false when `outOfTime` stopped it
 * part way (what it wrote stays: writing it again writes the same entries).
 */
export async function addToDigests(db: Database, reminders: readonly ReminderDocument[], outOfTime: () => boolean): Promise<boolean> {
  const groups = new Map<string, ReminderDocument[]>();
  for (const reminder of reminders) {
    const id = digestIdOf(reminder.memberId, reminder.day);
    groups.set(id, [...(groups.get(id) ?? []), reminder]);
  }
  const _ = db.command;
  const collection = db.collection(COLLECTIONS.inbox);
  const existing = new Set<string>();
  for (const ids of chunks([...groups.keys()], 1000)) {
    const { data } = await collection.where({ _id: _.in(ids) }).field({ _id: true }).limit(1000).get<{ _id: string }>();
    for (const row of data) existing.add(row._id);
  }
  const addOne = (group: readonly ReminderDocument[]) => addToDigest(db, (group[0] as ReminderDocument).memberId, (group[0] as ReminderDocument).day, group);
  const at = platformNow();
  let insert: InboxDocument[] = [];
  let entryCount = 0;
  const flush = async (): Promise<void> => {
    if (insert.length === 0) return;
    const digests = insert;
    insert = [];
    entryCount = 0;
    try {
      await collection.add({ data: digests.map((digest) => ({ ...digest })) as unknown as Record<string, unknown> });
    } catch (error) {
      if (!isDuplicateId(error)) throw error;
      for (const digest of digests) await addOne(groups.get(digest._id) as ReminderDocument[]);
    }
  };
  for (const [id, group] of groups) {
    if (outOfTime()) return false;
    if (existing.has(id)) {
      await addOne(group);
      continue;
    }
    const first = group[0] as ReminderDocument;
    insert.push(newDigest(id, first.memberId, first.day, digestEntries(group), at));
    entryCount += group.length;
    if (entryCount >= DIGEST_ENTRIES_PER_INSERT) await flush();
  }
  await flush();
  return true;
}

export async function unreadCount(db: Database, memberId: string): Promise<number> {
  try {
    const { total } = await db.collection(COLLECTIONS.inbox).where({ memberId, read: false }).count();
    return total;
  } catch (error) {
    if (isCollectionMissing(error)) return 0;
    throw error;
  }
}
