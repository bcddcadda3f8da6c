import { AppError } from '../../core/errors';
import type { ActionContext } from '../api/context';
import { recordAudit } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { getInTransaction } from '../db/transaction';
import type { TaskDocument } from './task-documents';

/** Marks an item internal (kept out of the 公示) or public again; audited. The item's version does not move: no decision on it changes. */
export async function setTaskInternal(context: ActionContext, actorId: string, taskId: string, internal: boolean): Promise<{ taskId: string; internal: boolean }> {
  const now = context.now();
  await context.db.runTransaction(async (transaction) => {
    const task = await getInTransaction<TaskDocument>(transaction, COLLECTIONS.tasks, taskId);
    if (!task) throw new AppError('TASK_NOT_FOUND');
    const before = task.internal === true;
    if (before === internal) return;
    await transaction.collection(COLLECTIONS.tasks).doc(taskId).update({ data: { internal, updatedAt: now } });
    await recordAudit(transaction, { entity: 'task', entityId: taskId, action: 'tasks.setInternal', actorId, at: now, before: { internal: before }, after: { internal } });
  });
  return { taskId, internal };
}
