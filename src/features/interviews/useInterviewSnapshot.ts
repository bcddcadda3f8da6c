import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { MutationResult } from '@/api/hooks';
import { showErrorToast, showSuccessToast } from '@/api/toast';
import { forgetInterview, interviewChanged, knownInterview, rememberInterview } from './interviewStore';
import { interviewPageUrl } from './routes';
import { explainRecordMoved, formErrorsOf, recordMoved } from './writeErrors';
import type { FormErrors } from './writeErrors';

const asApiError = (error: unknown) => (isApiError(error) ? error : new ApiError('INTERNAL', undefined, error));

/** The record a form works on, as the detail page showed it; fetched only when the form was opened directly. */
export function useInterviewSnapshot(interviewId: string) {
  const [data, setData] = useState<GetInterviewOutput | undefined>(() => knownInterview(interviewId));
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (data || !interviewId) return;
    let current = true;
    callApi('interviews.get', { interviewId }).then(
      (fresh) => {
        if (!current) return;
        rememberInterview(fresh);
        setData(fresh);
      },
      (failure: unknown) => {
        if (current) setError(asApiError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [interviewId, attempt, data]);
  const retry = useCallback(() => {
    setError(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return { data, error: interviewId ? error : new ApiError('INTERVIEW_NOT_FOUND'), retry };
}

/** Back to the record's page; a form opened from a shared link has none behind it, so open it in place. */
export async function backToInterview(interviewId: string): Promise<void> {
  if (Taro.getCurrentPages().length > 1) await Taro.navigateBack();
  else await Taro.redirectTo({ url: interviewPageUrl('detail', { id: interviewId }) });
}

/**
 * After a form's write: on success remember the record it answered, go back to it and say so. A refusal about the
 * form's fields comes back for the form to mark (INCOMPLETE names them); a record that moved on or is sealed is
 * explained in a dialog and shown fresh; anything else is a toast.
 */
export async function finishInterviewWrite(
  interviewId: string,
  result: MutationResult<'interviews.get'>,
  success: string,
): Promise<{ ok: true } | { ok: false; fields: FormErrors; message: string | null }> {
  if (result.ok) {
    interviewChanged(result.data);
    await backToInterview(interviewId);
    showSuccessToast(success);
    return { ok: true };
  }
  const form = formErrorsOf(result.error);
  if (form) return { ok: false, fields: form.fields, message: form.message };
  if (recordMoved(result.error)) {
    await explainRecordMoved(result.error);
    forgetInterview(interviewId);
    await backToInterview(interviewId);
    return { ok: false, fields: {}, message: null };
  }
  showErrorToast(result.error);
  return { ok: false, fields: {}, message: null };
}
