import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { useTaskSnapshot } from './useTaskSnapshot';

type Props = { taskId: string; children: (snapshot: GetTaskOutput) => ReactNode };

/** Renders a form once its item is at hand (at once when the detail page showed it), else loading or the error. */
export function WithTask({ taskId, children }: Props) {
  const snapshot = useTaskSnapshot(taskId);
  if (snapshot.data) return <>{children(snapshot.data)}</>;
  if (snapshot.error) return <ErrorState error={snapshot.error} onRetry={snapshot.retry} />;
  return <Loading />;
}
