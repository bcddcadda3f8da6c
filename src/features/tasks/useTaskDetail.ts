import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast } from '@/api/toast';
import { knownTask, rememberTask, taskChanged } from './taskStore';

/**
 * One item with its timeline and what the caller may do. Draws at once from what this session already knows,
 * fetches the fresh item, and on coming back from a form takes the item that form's write answered.
 */
export function useTaskDetail(taskId: string) {
  const [data, setData] = useState<GetTaskOutput | undefined>(() => knownTask(taskId));
  const [error, setError] = useState<ApiError>();
  const [refreshing, setRefreshing] = useState(false);
  const shown = useRef<GetTaskOutput | undefined>(data);
  shown.current = data;

  const load = useCallback(async () => {
    setRefreshing(true);
    try {
      const fresh = await callApi('tasks.get', { taskId });
      rememberTask(fresh);
      setData(fresh);
      setError(undefined);
    } catch (failure) {
      // With the item on screen, a failed refresh is a toast; without it, the error takes the page.
      if (shown.current) showErrorToast(failure);
      else setError(isApiError(failure) ? failure : new ApiError('INTERNAL', undefined, failure));
    } finally {
      setRefreshing(false);
    }
  }, [taskId]);

  useEffect(() => {
    void load();
  }, [load]);

  const shownOnce = useRef(false);
  useDidShow(() => {
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    const known = knownTask(taskId);
    if (known && known !== shown.current) setData(known);
    else void load();
  });

  /** A write answered the fresh item. */
  const apply = useCallback((output: GetTaskOutput) => {
    taskChanged(output);
    setData(output);
  }, []);

  const retry = useCallback(() => {
    setError(undefined);
    void load();
  }, [load]);

  return { data, error, refreshing, reload: load, retry, apply };
}
