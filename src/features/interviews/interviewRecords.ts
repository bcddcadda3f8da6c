import Taro from '@tarojs/taro';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { ApiError, callApi, toApiError } from '@/api/client';
import type { MutationResult } from '@/api/hooks';
import { createRecordCache, uncached } from '@/api/recordCache';
import type { RecordCache } from '@/api/recordCache';
import { showErrorToast, showSuccessToast } from '@/api/toast';
import { interviewPageUrl } from './routes';
import type { FieldErrors } from '@/forms/schemaErrors';
import { explainStaleWrite } from '@/forms/explainStaleWrite';
import { formErrorsOf, recordMoved } from './writeErrors';

/** The 约谈 records this session has open, current revisions only (see createRecordCache). */
export const interviewRecords = createRecordCache<GetInterviewOutput>(
  (output) => output.interview.id,
  // A form opened without an id names no record: say so instead of asking the server.
  (interviewId) => (interviewId ? callApi('interviews.get', { interviewId }) : Promise.reject(new ApiError('INTERVIEW_NOT_FOUND'))),
);

/** A call's answer as a form's write result: the record, or why not. */
export async function settle(call: Promise<GetInterviewOutput>): Promise<MutationResult<'interviews.get'>> {
  try {
    return { ok: true, data: await call };
  } catch (failure) {
    return { ok: false, error: toApiError(failure) };
  }
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
): Promise<{ ok: true } | { ok: false; fields: FieldErrors; message: string | null }> {
  if (result.ok) {
    interviewRecords.changed(result.data);
    await backToInterview(interviewId);
    showSuccessToast(success);
    return { ok: true };
  }
  const form = formErrorsOf(result.error);
  if (form) return { ok: false, fields: form.fields, message: form.message };
  if (recordMoved(result.error)) {
    await explainStaleWrite(result.error, 'interview', async () => {
      interviewRecords.forget(interviewId);
      await backToInterview(interviewId);
    });
    return { ok: false, fields: {}, message: null };
  }
  showErrorToast(result.error);
  return { ok: false, fields: {}, message: null };
}

const pastRevisions = new Map<number, RecordCache<GetInterviewOutput>>();

/** Where a revision is read: the current one through the cache, an older one as it was, never kept. */
export function interviewRecordsAt(revision: number | null): RecordCache<GetInterviewOutput> {
  if (!revision) return interviewRecords;
  let records = pastRevisions.get(revision);
  if (!records) {
    records = uncached(interviewRecords, (interviewId) => callApi('interviews.get', { interviewId, revision }));
    pastRevisions.set(revision, records);
  }
  return records;
}
