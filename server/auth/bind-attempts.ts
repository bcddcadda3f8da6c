import { BIND_MAX_FAILURES_PER_HOUR } from '../../core/roster/invite';
import { AppError } from '../../core/errors';
import type { Database } from '../platform/cloud';
import { COLLECTIONS } from '../db/collections';

const HOUR_MS = 60 * 60 * 1000;

interface BindAttemptsDocument {
  _id: string;
  failures: Date[];
}

async function recentFailures(db: Database, openid: string, now: Date): Promise<Date[]> {
  const { data } = await db.collection(COLLECTIONS.bindAttempts).where({ _id: openid }).limit(1).get<BindAttemptsDocument>();
  const document = data[0];
  return (document?.failures ?? []).map((at) => new Date(at)).filter((at) => now.getTime() - at.getTime() < HOUR_MS);
}

export async function assertMayAttemptBind(db: Database, openid: string, now: Date): Promise<void> {
  if ((await recentFailures(db, openid, now)).length >= BIND_MAX_FAILURES_PER_HOUR) throw new AppError('RATE_LIMITED');
}

/** Keeps only the last hour's failures, so the document stays small however long someone keeps guessing. */
export async function recordBindFailure(db: Database, openid: string, now: Date): Promise<void> {
  const failures = [...(await recentFailures(db, openid, now)), now];
  await db.collection(COLLECTIONS.bindAttempts).doc(openid).set({ data: { failures } });
}
