import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import type { RecordCache } from './recordCache';
import { useRecordSnapshot } from './recordState';

type Props<R> = { records: RecordCache<R>; id: string; children: (snapshot: R) => ReactNode };

/** Renders a form once its record is at hand (at once when the detail page showed it), else loading or the error. */
export function WithRecord<R>({ records, id, children }: Props<R>) {
  const snapshot = useRecordSnapshot(records, id);
  if (snapshot.data) return <>{children(snapshot.data)}</>;
  if (snapshot.error) return <ErrorState error={snapshot.error} onRetry={snapshot.retry} />;
  return <Loading />;
}
