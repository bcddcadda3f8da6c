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
  return {
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
}

/**
 * Puts reminders into their people's inboxes: one insert for the lot, and when some are there already (a run
 * that stopped between the inbox and the reminder's own state), one at a time, keeping those.
 */
export async function deliverToInbox(db: Database, reminders: readonly { reminder: ReminderDocument; reason: InboxReason }[]): Promise<void> {
  if (reminders.length === 0) return;
  const at = platformNow();
  const collection = db.collection(COLLECTIONS.inbox);
  for (const part of chunks(reminders, 100)) {
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

/**
 * Adds reminders to one person's digest of one day. Each entry is a field named after its reminder, so adding it
 * again (two runs, or a run resumed after a crash) writes the same field: the digest lists it once. New entries
 * make the digest unread again.
 */
export async function addToDigest(db: Database, memberId: string, day: string, reminders: readonly ReminderDocument[]): Promise<void> {
  const id = digestIdOf(memberId, day);
  const at = platformNow();
  const entries: Record<string, StoredDigestEntry> = {};
  for (const reminder of reminders) {
    entries[entryFieldOf(reminder._id)] = { reminderId: reminder._id, taskId: reminder.taskId, title: reminder.taskTitle, rule: reminder.rule, dueDay: reminder.dueDay, daysLeft: reminder.daysLeft };
  }
  const _ = db.command;
  const update = async (): Promise<boolean> => {
    // Nested objects in an update merge field by field; _.set writes each entry whole.
    const added = Object.fromEntries(Object.entries(entries).map(([field, entry]) => [field, _.set(entry)]));
    const { stats } = await db.collection(COLLECTIONS.inbox).doc(id).update({ data: { read: false, updatedAt: at, entries: added } });
    return stats.updated > 0;
  };
  if (await update()) return;
  const digest: InboxDocument = {
    _id: id,
    memberId,
    kind: 'digest',
    day,
    read: false,
    sortKey: sortKeyAt(at, id),
    createdAt: at,
    updatedAt: at,
    reason: 'digest',
    taskId: null,
    rule: null,
    title: null,
    dueDay: null,
    daysLeft: null,
    entries,
  };
  try {
    await db.collection(COLLECTIONS.inbox).add({ data: { ...digest } });
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    // Another run wrote the day's digest a moment ago: add to it.
    await update();
  }
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
