import type { ReactNode } from 'react';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useInterviewSnapshot } from './useInterviewSnapshot';

type Props = { interviewId: string; children: (snapshot: GetInterviewOutput) => ReactNode };

/** Renders a form once its record is at hand (at once when the detail page showed it), else loading or the error. */
export function WithInterview({ interviewId, children }: Props) {
  const snapshot = useInterviewSnapshot(interviewId);
  if (snapshot.data) return <>{children(snapshot.data)}</>;
  if (snapshot.error) return <ErrorState error={snapshot.error} onRetry={snapshot.retry} />;
  return <Loading />;
}
