import type { AuthMeOutput } from '../../../core/actions/auth';
import { callApi } from '@/api/client';
import { useFilterOptions } from './filterOptions';

/** What the filter bar offers this person (useFilterOptions), asked of the cloud. */
export function useTaskFilterOptions(me: AuthMeOutput | undefined) {
  return useFilterOptions(callApi, me);
}
