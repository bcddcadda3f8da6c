/**
 * When reminders go out and to whom; a deployment changes these numbers here and nowhere else.
 * Modelled on 江津's 三色预警 (owners first, then the 分管领导, then the unit's secretary) with shorter windows.
 */
export interface ReminderSchedule {
  /** Days before the due day when the owners are first reminded. */
  ownersBeforeDays: number;
  /** Days before the due day when the 责任领导 is reminded too. */
  leaderBeforeDays: number;
  /** While overdue, everyone concerned is reminded again every this many days. */
  overdueRepeatDays: number;
  /** Day of the month of the monthly 进展 reminder (the plan hears progress every month). */
  monthlyProgressDay: number;
  /** 长期坚持 items: a consolidation report is due every this many months. */
  consolidationMonths: number;
}

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  ownersBeforeDays: 7,
  leaderBeforeDays: 3,
  overdueRepeatDays: 7,
  monthlyProgressDay: 25,
  consolidationMonths: 3,
};
