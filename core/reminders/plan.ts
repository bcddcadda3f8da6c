import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { TaskMeasure } from '../tasks/model';
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
  measures?: readonly Pick<TaskMeasure, 'id' | 'text' | 'done' | 'owner' | 'dueDate'>[];
}

/** A measure whose own deadline a reminder is about: its owner when the plan named one the office linked to the roster. */
export interface RemindedMeasure {
  id: string;
  text: string;
  ownerId: string | null;
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
  /** Set when the reminder is about one measure's own deadline rather than the item's. */
  measure: RemindedMeasure | null;
}

/**
 * The items a family of rules can remind on a day, as the run's database query reads them: items in `statuses`
 * whose `dueBy.field` is on or before `dueBy.day` (for `measures.dueDate`: any measure's), or every item in those
 * statuses when `dueBy` is null. The run reads exactly the union of the day's scopes.
 */
export interface ReadScope {
  statuses: readonly TaskStatus[];
  dueBy: { field: 'dueDate' | 'nextReviewDue' | 'measures.dueDate'; day: IsoDay } | null;
}

/** A family of reminder rules: what it can see on a day, and what it reminds of an item it sees. */
interface ReminderFamily {
  /** null: the family reminds nothing on `today`. */
  scope(today: IsoDay, schedule: ReminderSchedule): ReadScope | null;
  /** Never anything for an item outside `scope` (core/reminders/plan.test.ts checks it for every family). */
  due(task: RemindableTask, now: Date, schedule: ReminderSchedule): PlannedReminder[];
}

const OPEN_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress'];

function dayAfter(day: IsoDay, days: number): IsoDay {
  return dayjs.utc(day).add(days, 'day').format('YYYY-MM-DD');
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
 * Each family is a set of windows, not single days, so a run that was missed is caught up by the next; the key keeps
 * each reminder from going out twice. Only items still being worked on (未开始, 整改中) are chased for deadlines and
 * monthly 进展: one that waits for review is the reviewer's to move. 长期坚持 items are chased for their quarterly
 * consolidation report.
 */
export const REMINDER_FAMILIES: Record<'deadline' | 'measureDeadline' | 'monthlyProgress' | 'consolidation', ReminderFamily> = {
  deadline: {
    scope: (today, schedule) => ({ statuses: OPEN_STATUSES, dueBy: { field: 'dueDate', day: dayAfter(today, schedule.ownersBeforeDays) } }),
    due(task, now, schedule) {
      if (!isOpen(task.status) || !task.dueDate) return [];
      const daysLeft = daysUntil(task.dueDate, now);
      const reminder = dueReminderFor(daysLeft, schedule);
      return reminder ? [{ ...reminder, dueDay: task.dueDate, daysLeft, measure: null }] : [];
    },
  },
  // A measure's own 时限 is reminded like the item's, to the measure's owner when set; a measure due on the item's
  // own due day is covered by the item's reminder (its owner is one of the item's owners).
  measureDeadline: {
    scope: (today, schedule) => ({ statuses: OPEN_STATUSES, dueBy: { field: 'measures.dueDate', day: dayAfter(today, schedule.ownersBeforeDays) } }),
    due(task, now, schedule) {
      if (!isOpen(task.status)) return [];
      const due: PlannedReminder[] = [];
      for (const measure of task.measures ?? []) {
        if (measure.done || !measure.dueDate || measure.dueDate === task.dueDate) continue;
        const daysLeft = daysUntil(measure.dueDate, now);
        const reminder = dueReminderFor(daysLeft, schedule);
        if (reminder) due.push({ ...reminder, dueDay: measure.dueDate, daysLeft, measure: { id: measure.id, text: measure.text, ownerId: measure.owner?.id ?? null } });
      }
      return due;
    },
  },
  monthlyProgress: {
    scope: (today, schedule) => (today >= monthlyProgressDay(today, schedule) ? { statuses: OPEN_STATUSES, dueBy: null } : null),
    due(task, now, schedule) {
      const today = beijingDay(now);
      if (!isOpen(task.status) || today < monthlyProgressDay(today, schedule)) return [];
      const monthStart = `${today.slice(0, 8)}01`;
      if (task.latestProgressAt !== null && beijingDay(task.latestProgressAt) >= monthStart) return [];
      const dueDay = monthEnd(today);
      return [{ rule: 'monthly_progress', round: 0, audience: ['owners'], dueDay, daysLeft: daysUntil(dueDay, now), measure: null }];
    },
  },
  consolidation: {
    scope: (today, schedule) => ({ statuses: ['long_term'], dueBy: { field: 'nextReviewDue', day: dayAfter(today, schedule.ownersBeforeDays) } }),
    due(task, now, schedule) {
      if (task.status !== 'long_term' || !task.nextReviewDue) return [];
      const daysLeft = daysUntil(task.nextReviewDue, now);
      const reminder = consolidationReminderFor(daysLeft, schedule);
      return reminder ? [{ ...reminder, dueDay: task.nextReviewDue, daysLeft, measure: null }] : [];
    },
  },
};

const FAMILIES = Object.values(REMINDER_FAMILIES);

/** Every reminder `task` is in on the Beijing day of `now`. */
export function remindersDue(task: RemindableTask, now: Date, schedule: ReminderSchedule): PlannedReminder[] {
  return FAMILIES.flatMap((family) => family.due(task, now, schedule));
}

/** What the run's item query reads on the Beijing day of `now`: the union of every family's scope. */
export function readScopes(now: Date, schedule: ReminderSchedule): ReadScope[] {
  const today = beijingDay(now);
  return FAMILIES.map((family) => family.scope(today, schedule)).filter((scope): scope is ReadScope => scope !== null);
}

/** One reminder to one person: the identity that is written before anything is sent, so it goes out once. */
export interface ReminderKeyParts {
  rule: ReminderRule;
  round: number;
  taskId: string;
  memberId: string;
  dueDay: IsoDay;
  /** A measure's own deadline: its id (item reminders' keys stay as they were before measures were reminded). */
  measureId?: string | null;
}

export function reminderKey(parts: ReminderKeyParts): string {
  const key = [parts.rule, parts.round, parts.taskId, parts.memberId, parts.dueDay].join('|');
  return parts.measureId ? `${key}|${parts.measureId}` : key;
}
