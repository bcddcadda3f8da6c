import { useCallback, useState } from 'react';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import type { SealStatus } from '../../../core/interviews/model';
import { callApi } from '@/api/client';
import { showErrorToast } from '@/api/toast';

type SetRecord = (change: (current: GetInterviewOutput | undefined) => GetInterviewOutput | undefined) => void;

/** 重新校验: the seal checked again now, shown in place on the record. */
export function useSealCheck(interviewId: string, revision: number | null, setData: SetRecord) {
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
  }, [interviewId, revision, setData]);
  return { verify, verifying };
}
