import type { GetInterviewOutput } from '../../../core/actions/interviews';

/**
 * The records this session has open, as the last answer showed them. Every write answers the fresh record, so a
 * form puts it here and the detail page redraws from it on return without asking again. Lists learn that
 * something changed through `listStale`.
 */
const records = new Map<string, GetInterviewOutput>();
let listStale = false;

export function rememberInterview(output: GetInterviewOutput): void {
  records.set(output.interview.id, output);
}

/** A write changed the record: remember it, and let the list refetch when it shows again. */
export function interviewChanged(output: GetInterviewOutput): void {
  rememberInterview(output);
  listStale = true;
}

export function knownInterview(interviewId: string): GetInterviewOutput | undefined {
  return records.get(interviewId);
}

export function forgetInterview(interviewId: string): void {
  records.delete(interviewId);
  listStale = true;
}

/** True once after any write: the tab uses it to refetch on show. */
export function takeInterviewListStale(): boolean {
  const stale = listStale;
  listStale = false;
  return stale;
}
