import type { GetTaskOutput } from '../../core/actions/tasks';
import { AppError } from '../../core/errors';
import { mayActOnTask } from '../../core/tasks/access';
import type { TaskAction, TaskViewer } from '../../core/tasks/access';
import { beijingDay } from '../../core/time';
import type { ActionContext, CurrentMember } from '../api/context';
import { requireMember } from '../api/context';
import { recordAudit } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { isTransactionConflict } from '../db/errors';
import { getInTransaction } from '../db/transaction';
import type { TaskDocument } from './task-documents';
import type { Document, Transaction } from '../platform/database-types';
import { FileAcceptance } from '../files/accepted-files';
import { findTask } from './task-repository';
import { taskSettings, taskView, viewerOf } from './task-view';
import type { TaskSettings } from './task-view';

/** What one write does to an item: fields to set (null: the item itself is unchanged, as for a comment) and the audit's before/after. */
export interface TaskChange {
  set: Document | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface WriteTools {
  transaction: Transaction;
  now: Date;
  /** Today in Beijing: the day deadlines are decided on. */
  today: string;
  member: CurrentMember;
  viewer: TaskViewer;
  settings: TaskSettings;
  /**
   * The server's copies of this item's uploads (type by content, size), in order, recorded in the transaction;
   * copied once even when the transaction retries. `names`: what the person picked them by.
   */
  acceptFiles(fileIDs: readonly string[], names?: readonly string[] | null): Promise<string[]>;
}

export interface TaskWrite {
  taskId: string;
  action: TaskAction;
  /** The version the caller's screen showed: decisions carry it, so a decision on a stale screen is CONFLICT. */
  version?: number;
  /** Checks the state and says what changes; throws an AppError to refuse (nothing is written then). Null: nothing to do. */
  decide(task: TaskDocument, tools: WriteTools): Promise<TaskChange | null>;
}

/** Rounds of the SDK's own retries an unversioned write gets: enough for a few dozen parallel posts on one item. */
const UNVERSIONED_TRIES = 12;

/**
 * The one way an item changes. In one transaction: read the item, check the caller's relation to it
 * (FORBIDDEN before anything else, so an outsider learns nothing about its state or version), the version
 * (CONFLICT), the state and input (the action's `decide`), then write with version + 1 and record the audit
 * entry. Any refusal rolls everything back. Answers the item as the caller now sees it.
 */
export async function writeTask(context: ActionContext, write: TaskWrite): Promise<GetTaskOutput> {
  const member = requireMember(context);
  const viewer = viewerOf(member);
  const now = context.now();
  const settings = taskSettings(context.env);
  const acceptance = new FileAcceptance({ owner: { kind: 'task', id: write.taskId }, memberId: member.id, now });

  const attempt = () =>
    context.db.runTransaction(async (transaction) => {
      const task = await getInTransaction<TaskDocument>(transaction, COLLECTIONS.tasks, write.taskId);
      if (!task) throw new AppError('TASK_NOT_FOUND');
      if (!mayActOnTask(write.action, viewer, task)) throw new AppError('FORBIDDEN');
      if (write.version !== undefined && task.version !== write.version) throw new AppError('CONFLICT', undefined, { version: task.version });
      const acceptFiles = (fileIDs: readonly string[], names?: readonly string[] | null) => acceptance.accept(transaction, fileIDs, names);
      const change = await write.decide(task, { transaction, now, today: beijingDay(now), member, viewer, settings, acceptFiles });
      if (!change) return;
      if (change.set) {
        await transaction.collection(COLLECTIONS.tasks).doc(task._id).update({ data: { ...change.set, version: task.version + 1, updatedAt: now } });
      }
      await recordAudit(transaction, { entity: 'task', entityId: task._id, action: write.action, actorId: member.id, at: now, before: change.before, after: change.after });
    });

  // A write without a version (a progress post, a comment, a measure mark) decides on the item as it is now, so a
  // conflict with a parallel write is no stale screen: it is tried again. A decision carries its version and is not.
  const tries = write.version === undefined ? UNVERSIONED_TRIES : 1;
  for (let round = 1; ; round += 1) {
    try {
      await attempt();
      break;
    } catch (error) {
      if (!isTransactionConflict(error)) throw error;
      // The SDK retried a few times already; someone keeps changing this item.
      if (round >= tries) throw new AppError('CONFLICT');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40 * round));
    }
  }

  const task = await findTask(context.db, write.taskId);
  if (!task) throw new AppError('TASK_NOT_FOUND');
  return taskView(context, task, member);
}
