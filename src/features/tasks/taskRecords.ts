import Taro from '@tarojs/taro';
import type { ActionName } from '../../../core/actions';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { callApi } from '@/api/client';
import type { MutationResult } from '@/api/hooks';
import { createRecordCache } from '@/api/recordCache';
import { showSuccessToast } from '@/api/toast';
import { taskPageUrl } from './routes';
import { explainWriteError } from './writeErrors';

/** The items this session has open (see createRecordCache). */
export const taskRecords = createRecordCache<GetTaskOutput>(
  (output) => output.task.id,
  (taskId) => callApi('tasks.get', { taskId }),
);

/**
 * After a form's write: on success remember the item it answered, go back to it and say so; when someone else
 * changed the item first, explain and go back to the fresh item. Answers whether the write went through.
 */
export async function finishTaskWrite(taskId: string, result: MutationResult<'tasks.get'>, success: string): Promise<boolean> {
  if (result.ok) {
    taskRecords.changed(result.data);
    await backToTask(taskId);
    showSuccessToast(success);
    return true;
  }
  await explainWriteError(result.error, () => {
    taskRecords.forget(taskId);
    void backToTask(taskId);
  });
  return false;
}

/**
 * After a write about the item that does not answer the item itself (an outcome): the item page fetches it afresh
 * on return, and says so; on refusal, explain and go back likewise.
 */
export async function finishWriteOnTask(taskId: string, result: MutationResult<ActionName>, success: string): Promise<boolean> {
  taskRecords.forget(taskId);
  if (result.ok) {
    await backToTask(taskId);
    showSuccessToast(success);
    return true;
  }
  await explainWriteError(result.error, () => void backToTask(taskId));
  return false;
}

/** Back to the item's page; a form opened from a shared link has none behind it, so open it in place. */
async function backToTask(taskId: string): Promise<void> {
  if (Taro.getCurrentPages().length > 1) await Taro.navigateBack();
  else await Taro.redirectTo({ url: taskPageUrl('detail', { id: taskId }) });
}
