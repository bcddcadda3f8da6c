import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import type { SealStatus } from '../../../core/interviews/model';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast } from '@/api/toast';
import { interviewChanged, knownInterview, rememberInterview } from './interviewStore';

/**
 * One record with its slots, seal and what the caller may do. The current revision draws at once from what this
 * session already knows and is fetched fresh; on coming back from a form it takes what that form's write answered.
 * An older revision (`revision`) is read as it was, never from the store.
 */
export function useInterviewDetail(interviewId: string, revision: number | null) {
  const [data, setData] = useState<GetInterviewOutput | undefined>(() => (revision ? undefined : knownInterview(interviewId)));
  const [error, setError] = useState<ApiError>();
  const shown = useRef<GetInterviewOutput | undefined>(data);
  shown.current = data;

  const load = useCallback(async () => {
    try {
      const fresh = await callApi('interviews.get', revision ? { interviewId, revision } : { interviewId });
      if (!revision) rememberInterview(fresh);
      setData(fresh);
      setError(undefined);
    } catch (failure) {
      if (shown.current) showErrorToast(failure);
      else setError(isApiError(failure) ? failure : new ApiError('INTERNAL', undefined, failure));
    }
  }, [interviewId, revision]);

  useEffect(() => {
    void load();
  }, [load]);

  const shownOnce = useRef(false);
  useDidShow(() => {
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    const known = revision ? undefined : knownInterview(interviewId);
    if (known && known !== shown.current) setData(known);
    else void load();
  });

  /** A write on this page (归档) answered the fresh record. */
  const apply = useCallback((output: GetInterviewOutput) => {
    interviewChanged(output);
    setData(output);
  }, []);

  /** 重新校验: the seal checked again now, shown in place. */
  const [verifying, setVerifying] = useState(false);
  const verify = useCallback(async (): Promise<SealStatus | null> => {
    setVerifying(true);
    try {
      const { seal } = await callApi('interviews.verify', revision ? { interviewId, revision } : { interviewId });
      setData((current) => (current ? { ...current, interview: { ...current.interview, seal } } : current));
      return seal;
    } catch (failure) {
      showErrorToast(failure);
      return null;
    } finally {
      setVerifying(false);
    }
  }, [interviewId, revision]);

  const retry = useCallback(() => {
    setError(undefined);
    void load();
  }, [load]);

  return { data, error, reload: load, retry, apply, verify, verifying };
}
