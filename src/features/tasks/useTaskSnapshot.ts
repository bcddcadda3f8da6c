import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ActionName } from '../../../core/actions';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { MutationResult } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';
import { taskPageUrl } from './routes';
import { forgetTask, knownTask, rememberTask, taskChanged } from './taskStore';
import { explainWriteError } from './writeErrors';

/**
 * The item a form works on, as the detail page showed it — its `version` is what the write sends, so a form
 * never decides on a newer item than the person saw. Fetched only when the form was opened directly.
 */
export function useTaskSnapshot(taskId: string) {
  const [data, setData] = useState<GetTaskOutput | undefined>(() => knownTask(taskId));
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (data) return;
    let current = true;
    callApi('tasks.get', { taskId }).then(
      (fresh) => {
        if (!current) return;
        rememberTask(fresh);
        setData(fresh);
      },
      (failure: unknown) => {
        if (current) setError(isApiError(failure) ? failure : new ApiError('INTERNAL', undefined, failure));
      },
    );
    return () => {
      current = false;
    };
  }, [taskId, attempt, data]);
  const retry = useCallback(() => {
    setError(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return { data, error, retry };
}

/**
 * After a form's write: on success remember the item it answered, go back to it and say so; when someone else
 * changed the item first, explain and go back to the fresh item. Answers whether the write went through.
 */
export async function finishTaskWrite(taskId: string, result: MutationResult<'tasks.get'>, success: string): Promise<boolean> {
  if (result.ok) {
    taskChanged(result.data);
    await backToTask(taskId);
    showSuccessToast(success);
    return true;
  }
  await explainWriteError(result.error, () => {
    forgetTask(taskId);
    void backToTask(taskId);
  });
  return false;
}

/**
 * After a write about the item that does not answer the item itself (an outcome): the item page fetches it afresh
 * on return, and says so; on refusal, explain and go back likewise.
 */
export async function finishWriteOnTask(taskId: string, result: MutationResult<ActionName>, success: string): Promise<boolean> {
  forgetTask(taskId);
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
