import type { ReminderLogFilter } from '../../core/actions/reminders';
import { REMINDER_LOG_PAGE_SIZE } from '../../core/reminders/model';
import type { ReminderLogEntry } from '../../core/reminders/model';
import { RULE_LABELS } from '../../core/reminders/rules';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import { callFunctionHandingOff } from '../platform/functions';
import type { Command, Document } from '../platform/database-types';
import { findMembersByIds } from '../roster/member-repository';
import { allOf, decodeCursor, pageOf } from '../db/paging';
import type { ReminderDocument, ReminderRunDocument } from '../reminders/documents';
import { REMIND_FUNCTION, createManualRun, findRun, runSummary } from '../reminders/remind-function';

/**
 * How long 立即运行 waits for the run before answering "still running": a county unit's day finishes well inside
 * it; a bigger one goes on in the cloud and the log shows it. Below the api function's own 20 s timeout.
 */
const RUN_NOW_WAIT_MS = 12_000;

/** The office runs today's reminders now: a run of its own, on the real clock, through the remind function. */
export const runRemindersNow: ActionHandler<'reminders.runNow'> = async (_input, context) => {
  const member = requireMember(context);
  const run = await createManualRun(context.db, context.now(), { id: member.id, name: member.name });
  await callFunctionHandingOff(REMIND_FUNCTION, { runId: run._id }, RUN_NOW_WAIT_MS);
  return { run: runSummary((await findRun(context.db, run._id)) ?? run) };
};

function logCondition(_: Command, filter: ReminderLogFilter): Document[] {
  const conditions: Document[] = [];
  const fields: Document = {};
  if (filter.memberId) fields.memberId = filter.memberId;
  if (filter.taskId) fields.taskId = filter.taskId;
  if (filter.day) fields.day = filter.day;
  if (Object.keys(fields).length > 0) conditions.push(fields);
  switch (filter.outcome) {
    case 'sent':
      conditions.push({ state: 'sent' });
      break;
    case 'inbox':
      conditions.push({ state: 'inbox' });
      break;
    case 'pending':
      conditions.push({ state: _.in(['claimed', 'sending', 'queued']) });
      break;
    case 'problem':
      conditions.push(_.or([{ state: 'retry' }, { reason: _.in(['refused', 'failed', 'retry_cap', 'unconfirmed']) }]) as Document);
      break;
    default:
  }
  return conditions;
}

/**
 * Who was reminded of what, by which channel, and what failed: newest first, a page at a time; the first page
 * also carries the latest runs.
 */
export const reminderLog: ActionHandler<'reminders.log'> = async (input, context) => {
  const _ = context.db.command;
  const conditions = logCondition(_, input.filter);
  if (input.cursor !== null) conditions.push({ sortKey: _.lt(decodeCursor(input.cursor)) });
  const where = allOf(_, conditions);
  try {
    const [{ data }, runs] = await Promise.all([
      context.db.collection(COLLECTIONS.reminders).where(where).orderBy('sortKey', 'desc').limit(REMINDER_LOG_PAGE_SIZE + 1).get<ReminderDocument>(),
      input.cursor === null
        ? context.db.collection(COLLECTIONS.reminderRuns).orderBy('startedAt', 'desc').limit(5).get<ReminderRunDocument>()
        : Promise.resolve({ data: [] as ReminderRunDocument[] }),
    ]);
    const { items: page, nextCursor } = pageOf(data, REMINDER_LOG_PAGE_SIZE);
    const names = new Map((await findMembersByIds(context.db, page.map((entry) => entry.memberId))).map((person) => [person._id, person.name]));
    const entries: ReminderLogEntry[] = page.map((entry) => ({
      id: entry._id,
      rule: entry.rule,
      ruleLabel: RULE_LABELS[entry.rule],
      round: entry.round,
      taskId: entry.taskId,
      taskTitle: entry.taskTitle,
      memberId: entry.memberId,
      memberName: names.get(entry.memberId) ?? '（已停用成员）',
      dueDay: entry.dueDay,
      day: entry.day,
      channel: entry.channel,
      state: entry.state,
      reason: entry.reason ?? null,
      attempts: entry.attempts,
      lastError: entry.lastError ?? null,
      createdAt: new Date(entry.createdAt).toISOString(),
      updatedAt: new Date(entry.updatedAt).toISOString(),
    }));
    return { entries, nextCursor, runs: runs.data.map(runSummary) };
  } catch (error) {
    if (isCollectionMissing(error)) return { entries: [], nextCursor: null, runs: [] };
    throw error;
  }
};
