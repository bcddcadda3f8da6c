import { addMonths, daysUntil } from '../time';
import type { IsoDay } from '../time';
import type { TaskStatus } from './status';
import { isDone } from './status';

/** 三色预警: green on track, yellow due soon, red overdue; none for items without a countdown or already done. */
export type DeadlineColour = 'green' | 'yellow' | 'red' | 'none';

export const DEFAULT_DUE_SOON_DAYS = 7;
/** 长期坚持 items report their consolidation every quarter unless the unit configures another period. */
export const DEFAULT_REVIEW_MONTHS = 3;

export interface DeadlineState {
  colour: DeadlineColour;
  /** Beijing calendar days left; negative when overdue; null without a due day. */
  daysLeft: number | null;
  /** What a person reads: 还剩3天 / 今天到期 / 已逾期5天 / 无固定时限 / 已销号. */
  label: string;
}

export interface DeadlineInput {
  status: TaskStatus;
  dueDate: IsoDay | null;
  /** 长期坚持 items after 销号: the next quarterly consolidation report's due day. */
  nextReviewDue: IsoDay | null;
}

function countdown(day: IsoDay, now: Date, dueSoonDays: number): DeadlineState {
  const daysLeft = daysUntil(day, now);
  if (daysLeft < 0) return { colour: 'red', daysLeft, label: `已逾期${-daysLeft}天` };
  if (daysLeft === 0) return { colour: 'yellow', daysLeft, label: '今天到期' };
  return { colour: daysLeft <= dueSoonDays ? 'yellow' : 'green', daysLeft, label: `还剩${daysLeft}天` };
}

export function deadlineState(task: DeadlineInput, now: Date, dueSoonDays = DEFAULT_DUE_SOON_DAYS): DeadlineState {
  if (task.status === 'long_term') {
    // 长期坚持 stays under review: a missed quarterly report turns it red again.
    if (!task.nextReviewDue) return { colour: 'green', daysLeft: null, label: '长期坚持' };
    const review = countdown(task.nextReviewDue, now, dueSoonDays);
    return review.colour === 'red' ? { ...review, label: `巩固报告逾期${-(review.daysLeft as number)}天` } : { ...review, label: `长期坚持 · 巩固报告${review.label}` };
  }
  if (isDone(task.status)) return { colour: 'none', daysLeft: null, label: '已销号' };
  if (!task.dueDate) return { colour: 'none', daysLeft: null, label: '无固定时限' };
  return countdown(task.dueDate, now, dueSoonDays);
}

/** Overdue for filters and counts: past the due day and not yet 销号. */
export function isOverdue(task: DeadlineInput, now: Date): boolean {
  return deadlineState(task, now).colour === 'red';
}

/**
 * The next consolidation report's due day after a report on `today`. A report within the running period
 * (the `months` before its due day) moves the due day one period on; a late one starts the cadence again from
 * today; an early second report in a period already reported for changes nothing, so posting twice cannot
 * buy a quarter.
 */
export function nextReviewDueAfterReport(current: IsoDay | null, today: IsoDay, months = DEFAULT_REVIEW_MONTHS): IsoDay {
  if (current === null || current < today) return addMonths(today, months);
  const periodStart = addMonths(current, -months);
  return today > periodStart ? addMonths(current, months) : current;
}
