import type { ListInterviewsOutput } from '../../../core/actions/interviews';
import { INTERVIEW_STATES, INTERVIEW_STATE_LABELS } from '../../../core/interviews/states';
import type { InterviewState } from '../../../core/interviews/states';
import { ChipBar } from '@/components/ChipBar';
import type { Chip } from '@/components/ChipBar';

const ALL = 'all';

type Props = { counts: ListInterviewsOutput['counts']; value: InterviewState | null; onChange: (state: InterviewState | null) => void };

/** The records per state, tap one to see only those; 退回 counts in red. */
export function InterviewListHeader({ counts, value, onChange }: Props) {
  const total = counts ? INTERVIEW_STATES.reduce((sum, state) => sum + counts[state], 0) : null;
  const chips: Chip[] = [
    { key: ALL, label: '全部', count: total },
    ...INTERVIEW_STATES.map((state) => ({
      key: state,
      label: INTERVIEW_STATE_LABELS[state],
      count: counts ? counts[state] : null,
      tone: state === 'returned' ? ('red' as const) : undefined,
    })),
  ];
  return <ChipBar chips={chips} value={value ?? ALL} onChange={(key) => onChange(key === ALL ? null : (key as InterviewState))} />;
}
