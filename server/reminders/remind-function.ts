import { randomBytes } from 'node:crypto';
import type { ReminderRunSummary } from '../../core/reminders/model';
import { beijingDay } from '../../core/time';
import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import type { Caller } from '../platform/caller';
import type { Database } from '../platform/database-types';
import type { ReminderRunDocument } from './documents';
import { isDuplicateId } from './reminder-store';
import { emptyCounts, runInvocation } from './run';
import type { InvocationTools } from './run';
import { platformNow } from '../platform/clock';

/** The remind function's name, for the api's 立即运行 and for a run continuing itself. */
export const REMIND_FUNCTION = 'remind';

/** Our own collections, created on first use in a unit set up before reminders existed. */
const REMINDER_COLLECTIONS = [COLLECTIONS.reminders, COLLECTIONS.subscriptions, COLLECTIONS.inbox, COLLECTIONS.reminderRuns, COLLECTIONS.reminderDays];

export async function withReminderCollections<T>(db: Database, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isCollectionMissing(error)) throw error;
    for (const name of REMINDER_COLLECTIONS) await db.createCollection(name).catch(() => undefined);
    return work();
  }
}

export function runSummary(run: ReminderRunDocument): ReminderRunSummary {
  return {
    id: run._id,
    kind: run.kind,
    day: run.day,
    state: run.state,
    phase: run.phase,
    invocations: run.invocations,
    counts: { ...emptyCounts(), ...run.counts },
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: run.finishedAt ? new Date(run.finishedAt).toISOString() : null,
    requestedByName: run.requestedByName ?? null,
  };
}

function newRun(id: string, kind: ReminderRunDocument['kind'], clock: Date, by: { id: string; name: string } | null): ReminderRunDocument {
  const at = platformNow();
  return {
    _id: id,
    kind,
    clock,
    day: beijingDay(clock),
    state: 'running',
    phase: 'recover',
    cursor: null,
    leaseOwner: null,
    leaseUntil: 0,
    invocations: 0,
    counts: emptyCounts(),
    requestedById: by?.id ?? null,
    requestedByName: by?.name ?? null,
    startedAt: at,
    updatedAt: at,
    finishedAt: null,
  };
}

/** The office's 立即运行: a run of its own (its id is what the remind function is handed), decided on `clock`. */
export async function createManualRun(db: Database, clock: Date, by: { id: string; name: string }): Promise<ReminderRunDocument> {
  const run = newRun(`manual-${clock.getTime()}-${randomBytes(4).toString('hex')}`, 'manual', clock, by);
  await withReminderCollections(db, () => db.collection(COLLECTIONS.reminderRuns).add({ data: { ...run } }));
  return run;
}

/** The day's timer run: one per Beijing day, so a trigger that fires twice resumes the same run instead of starting another. */
async function timerRun(db: Database, clock: Date): Promise<ReminderRunDocument> {
  const run = newRun(`daily-${beijingDay(clock)}`, 'timer', clock, null);
  try {
    await withReminderCollections(db, () => db.collection(COLLECTIONS.reminderRuns).add({ data: { ...run } }));
    return run;
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    return (await findRun(db, run._id)) as ReminderRunDocument;
  }
}

export async function findRun(db: Database, id: string): Promise<ReminderRunDocument | null> {
  try {
    const { data } = await db.collection(COLLECTIONS.reminderRuns).where({ _id: id }).limit(1).get<ReminderRunDocument>();
    return data[0] ?? null;
  } catch (error) {
    if (isCollectionMissing(error)) return null;
    throw error;
  }
}

/** The last hop of the platform's call chain: `wx_client,scf` is a phone that called a function that called us. */
function lastHop(source: string | null): string | null {
  if (!source) return null;
  return source.split(',').pop()?.trim() ?? null;
}

/** Another cloud function of ours calling (scf on the platform; the local cloud says wx_cloud). */
const FUNCTION_HOPS = new Set(['scf', 'wx_cloud']);

export interface RemindEvent {
  Type?: unknown;
  TriggerName?: unknown;
  Time?: unknown;
  runId?: unknown;
}

export type RemindAnswer =
  | { ok: true; data: { outcome: 'done' | 'continue' | 'busy' | 'finished'; run: ReminderRunSummary; invocationCounts: ReminderRunSummary['counts'] } }
  | { ok: false; code: 'FORBIDDEN' | 'RUN_NOT_FOUND'; message: string };

/**
 * Who may start what. The timer trigger (SOURCE wx_trigger, set by the platform, never by a caller) starts or
 * resumes the day's run, decided on the trigger's own `Time` — the one way to set a run's clock, which is how the
 * local cloud's tests move time; a phone cannot be a trigger. Another of our functions (the api's 立即运行, or a
 * run handing itself over) names a run that must already exist in the database, which only the functions can
 * write. A phone calling the function directly gets nothing.
 */
export async function handleRemindEvent(event: RemindEvent, caller: Caller, tools: InvocationTools & { continueRun: (runId: string) => Promise<void> }): Promise<RemindAnswer> {
  const hop = lastHop(caller.source);
  let run: ReminderRunDocument | null;
  if (caller.source === 'wx_trigger' && event.Type === 'Timer') {
    const time = typeof event.Time === 'string' ? new Date(event.Time) : null;
    run = await timerRun(tools.db, time && !Number.isNaN(time.getTime()) ? time : new Date(tools.nowMs()));
  } else if (hop !== null && FUNCTION_HOPS.has(hop) && typeof event.runId === 'string' && event.runId.length <= 80) {
    run = await findRun(tools.db, event.runId);
    if (!run) return { ok: false, code: 'RUN_NOT_FOUND', message: '找不到该提醒运行' };
  } else {
    return { ok: false, code: 'FORBIDDEN', message: '提醒只由定时触发器或整改通的云函数启动' };
  }

  const result = await withReminderCollections(tools.db, () => runInvocation(tools, run as ReminderRunDocument));
  // Out of time with work left: a new invocation goes on from the checkpoint just written.
  if (result.outcome === 'continue') await tools.continueRun(result.run._id);
  return { ok: true, data: { outcome: result.outcome, run: runSummary(result.run), invocationCounts: result.counts } };
}
