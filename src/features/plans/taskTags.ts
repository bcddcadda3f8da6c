import { immediateWords } from '../../../core/plan/deadline';
import type { PlanDeadline } from '../../../core/plan';
import type { DeadlineColour } from '../../../core/tasks/deadline';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import type { TaskStatus } from '../../../core/tasks/status';
import type { StatusTone } from '@/components/StatusTag';

// How an item of a plan is tagged in lists: its status, and its deadline as a chip in the 三色 of its due day.

const STATUS_TONES: Record<TaskStatus, StatusTone> = {
  not_started: 'grey',
  in_progress: 'yellow',
  pending_review: 'blue',
  pending_signoff: 'blue',
  closed: 'green',
  long_term: 'green',
};

export function statusTag(status: TaskStatus): { label: string; tone: StatusTone } {
  return { label: TASK_STATUS_LABELS[status], tone: STATUS_TONES[status] };
}

const COLOUR_TONES: Record<DeadlineColour, StatusTone> = { green: 'green', yellow: 'yellow', red: 'red', none: 'grey' };

/** 12月5日前 (with the year when it is not this year's), else 立行立改 / 长期坚持. */
export function deadlineTag(
  deadline: PlanDeadline,
  dueDate: string | null,
  state: { colour: DeadlineColour; label: string },
  thisYear: number,
): { label: string; tone: StatusTone } {
  if (dueDate) {
    const [year, month, day] = dueDate.split('-').map(Number);
    const date = `${year === thisYear ? '' : `${year}年`}${month}月${day}日前`;
    const urgent = state.colour === 'red' || state.colour === 'yellow';
    return { label: urgent ? `${date} · ${state.label}` : date, tone: COLOUR_TONES[state.colour] };
  }
  if (deadline.immediate) return { label: immediateWords(deadline.text), tone: 'blue' };
  if (deadline.longTerm) return { label: '长期坚持', tone: 'grey' };
  return { label: '未设时限', tone: 'grey' };
}
