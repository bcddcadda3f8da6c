import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { isOpen } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import { beijingDay, daysUntil } from '../time';
import type { IsoDay } from '../time';
import { consolidationReminderFor, dueReminderFor } from './rules';
import type { Audience, ReminderRule } from './rules';
import type { ReminderSchedule } from './schedule';

dayjs.extend(utc);

/** What the rules read of an item. */
export interface RemindableTask {
  status: TaskStatus;
  dueDate: IsoDay | null;
  nextReviewDue: IsoDay | null;
  latestProgressAt: Date | string | null;
}

/** One reminder an item is due for today; with a person it becomes a reminder key. */
export interface PlannedReminder {
  rule: ReminderRule;
  round: number;
  audience: Audience[];
  /** The day the reminder is about: the due day, the consolidation report's due day, or the month's last day (进展). */
  dueDay: IsoDay;
  /** Beijing days from today to dueDay; negative once past. */
  daysLeft: number;
}

/** The last day of the Beijing month of `day`. */
export function monthEnd(day: IsoDay): IsoDay {
  return dayjs.utc(day).endOf('month').format('YYYY-MM-DD');
}

/** The day of the monthly 进展 reminder in the month of `day`: the configured day, or the month's last if shorter. */
export function monthlyProgressDay(day: IsoDay, schedule: ReminderSchedule): IsoDay {
  const last = monthEnd(day);
  const wanted = `${day.slice(0, 8)}${String(schedule.monthlyProgressDay).padStart(2, '0')}`;
  return wanted < last ? wanted : last;
}

/**
 * Every reminder `task` is in on the Beijing day of `now`. Only items still being worked on (未开始, 整改中) are
 * chased for their deadline and monthly 进展: one that waits for review is the reviewer's to move. 长期坚持 items
 * are chased for their quarterly consolidation report. Each rule is a window (the monthly one runs from its day to
 * the month's end), so a run that was missed is caught up by the next; the key keeps each from going out twice.
 */
export function remindersDue(task: RemindableTask, now: Date, schedule: ReminderSchedule): PlannedReminder[] {
  const today = beijingDay(now);
  const due: PlannedReminder[] = [];
  if (isOpen(task.status)) {
    if (task.dueDate) {
      const daysLeft = daysUntil(task.dueDate, now);
      const reminder = dueReminderFor(daysLeft, schedule);
      if (reminder) due.push({ ...reminder, dueDay: task.dueDate, daysLeft });
    }
    const monthStart = `${today.slice(0, 8)}01`;
    const reportedThisMonth = task.latestProgressAt !== null && beijingDay(task.latestProgressAt) >= monthStart;
    if (today >= monthlyProgressDay(today, schedule) && !reportedThisMonth) {
      const dueDay = monthEnd(today);
      due.push({ rule: 'monthly_progress', round: 0, audience: ['owners'], dueDay, daysLeft: daysUntil(dueDay, now) });
    }
  }
  if (task.status === 'long_term' && task.nextReviewDue) {
    const daysLeft = daysUntil(task.nextReviewDue, now);
    const reminder = consolidationReminderFor(daysLeft, schedule);
    if (reminder) due.push({ ...reminder, dueDay: task.nextReviewDue, daysLeft });
  }
  return due;
}

/** One reminder to one person: the identity that is written before anything is sent, so it goes out once. */
export interface ReminderKeyParts {
  rule: ReminderRule;
  round: number;
  taskId: string;
  memberId: string;
  dueDay: IsoDay;
}

export function reminderKey(parts: ReminderKeyParts): string {
  return [parts.rule, parts.round, parts.taskId, parts.memberId, parts.dueDay].join('|');
}

/**
 * The last due day the item query must reach to find every item in a deadline or consolidation window today
 * (items due later are quiet); on and after the monthly 进展 day every open item is read.
 */
export function readHorizon(now: Date, schedule: ReminderSchedule): { dueBy: IsoDay; everyOpenItem: boolean } {
  const today = beijingDay(now);
  return {
    dueBy: dayjs.utc(today).add(schedule.ownersBeforeDays, 'day').format('YYYY-MM-DD'),
    everyOpenItem: today >= monthlyProgressDay(today, schedule),
  };
}
