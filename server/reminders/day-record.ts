import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import type { Database } from '../platform/database-types';
import { platformNow } from '../platform/clock';
import type { ReminderDayDocument } from './documents';

/** The day's record, or null when no run of the day has claimed everything yet (or the collection is new). */
export async function readDayRecord(db: Database, day: string): Promise<ReminderDayDocument | null> {
  try {
    const { data } = await db.collection(COLLECTIONS.reminderDays).where({ _id: day }).limit(1).get<ReminderDayDocument>();
    return data[0] ?? null;
  } catch (error) {
    if (isCollectionMissing(error)) return null;
    throw error;
  }
}

/** Records that every reminder of the day is claimed for what did not change since `coveredUntil`. */
export async function writeDayRecord(db: Database, day: string, coveredUntil: Date): Promise<void> {
  const record: Omit<ReminderDayDocument, '_id'> = { coveredUntil, updatedAt: platformNow() };
  const write = () => db.collection(COLLECTIONS.reminderDays).doc(day).set({ data: record });
  try {
    await write();
  } catch (error) {
    // A unit set up before day records existed: the collection is made on first use.
    if (!isCollectionMissing(error)) throw error;
    await db.createCollection(COLLECTIONS.reminderDays).catch(() => undefined);
    await write();
  }
}

/** Whether anyone on the roster changed (joined, moved, took a role, bound WeChat) since `since`. */
export async function rosterChangedSince(db: Database, since: Date): Promise<boolean> {
  const _ = db.command;
  const { data } = await db.collection(COLLECTIONS.members).where({ updatedAt: _.gt(since) }).field({ _id: true }).limit(1).get();
  return data.length > 0;
}
