import type { PlanDeadline } from '../../../core/plan';
import { immediateWords } from '../../../core/plan/deadline';
import { chineseDate } from '../../../core/time';
import type { StatusTone } from '@/components/StatusTag';

// 整改时限 as chips: 立行立改 / 长期坚持 / N个月内 / a date; the same words become the deadline's text once edited.

export type DeadlineChip = { key: string; label: string; tone: StatusTone };

export function deadlineChips(deadline: PlanDeadline): DeadlineChip[] {
  const chips: DeadlineChip[] = [];
  if (deadline.immediate) chips.push({ key: 'immediate', label: immediateWords(deadline.text), tone: 'blue' });
  if (deadline.months !== null) chips.push({ key: 'months', label: `${deadline.months}个月内`, tone: 'green' });
  if (deadline.date !== null) chips.push({ key: 'date', label: `${chineseDate(deadline.date)}前`, tone: 'green' });
  if (deadline.longTerm) chips.push({ key: 'longTerm', label: '长期坚持', tone: 'grey' });
  return chips;
}

/** The deadline written out again after the office changed it, in the plan's own words. */
export function deadlineText(deadline: PlanDeadline): string | null {
  const parts = deadlineChips(deadline).map((chip) => chip.label);
  return parts.length > 0 ? parts.join('，') : null;
}
