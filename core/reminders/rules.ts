import type { ReminderSchedule } from './schedule';

export type Audience = 'owners' | 'leader' | 'secretary' | 'office';

/** One kind of reminder for one item on one due day; with the person it becomes the reminder key. */
export interface DueReminder {
  rule: 'due_soon' | 'due_close' | 'due_today' | 'overdue';
  /** For overdue: which 7-day round this is (0 for the first); keys differ per round so each round is sent once. */
  round: number;
  audience: Audience[];
}

/**
 * The deadline reminder an item is in, given its Beijing days left. Each rule is a window, not a single day, so a
 * run that was missed (the timer failed, the function timed out) is caught up by the next one; the reminder key
 * (rule, round, item, person, due day) keeps each from being sent twice.
 */
export function dueReminderFor(daysLeft: number, schedule: ReminderSchedule): DueReminder | null {
  if (daysLeft < 0) {
    const round = Math.floor((-daysLeft - 1) / schedule.overdueRepeatDays);
    return { rule: 'overdue', round, audience: ['owners', 'leader', 'secretary', 'office'] };
  }
  if (daysLeft === 0) return { rule: 'due_today', round: 0, audience: ['owners', 'leader'] };
  if (daysLeft <= schedule.leaderBeforeDays) return { rule: 'due_close', round: 0, audience: ['owners', 'leader'] };
  if (daysLeft <= schedule.ownersBeforeDays) return { rule: 'due_soon', round: 0, audience: ['owners'] };
  return null;
}

/**
 * 长期坚持 items' quarterly consolidation report, counted against `nextReviewDue`: the owners a week before (round 0),
 * then, once it is late, the owners and the 责任领导 again every `overdueRepeatDays` (rounds 1, 2, …).
 */
export function consolidationReminderFor(daysLeft: number, schedule: ReminderSchedule): { rule: 'consolidation'; round: number; audience: Audience[] } | null {
  if (daysLeft > schedule.ownersBeforeDays) return null;
  if (daysLeft >= 0) return { rule: 'consolidation', round: 0, audience: ['owners'] };
  return { rule: 'consolidation', round: 1 + Math.floor((-daysLeft - 1) / schedule.overdueRepeatDays), audience: ['owners', 'leader'] };
}

export type ReminderRule = DueReminder['rule'] | 'monthly_progress' | 'consolidation';

export const REMINDER_RULES: readonly ReminderRule[] = ['due_soon', 'due_close', 'due_today', 'overdue', 'monthly_progress', 'consolidation'];

export const RULE_LABELS: Record<ReminderRule, string> = {
  due_soon: '即将到期',
  due_close: '临近到期',
  due_today: '今日到期',
  overdue: '已逾期',
  monthly_progress: '月度进展',
  consolidation: '巩固报告',
};
