import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { BEIJING_OFFSET_MINUTES, beijingDay } from '../time';
import type { IsoDay } from '../time';

dayjs.extend(utc);

/** YYYY-MM: a Beijing calendar month, as reports and the trend name them. */
export type IsoMonth = string;
export const isoMonthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(instant: Date | string | number): IsoMonth {
  return beijingDay(instant).slice(0, 7);
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return dayjs.utc(`${month}-01`).add(months, 'month').format('YYYY-MM');
}

/** The `count` months up to and including the one `now` falls in, oldest first. */
export function lastMonths(now: Date, count: number): IsoMonth[] {
  const current = monthOf(now);
  return Array.from({ length: count }, (_, index) => addMonthsToMonth(current, index - count + 1));
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayjs.utc(day).add(days, 'day').format('YYYY-MM-DD');
}

/** The instant a Beijing day begins. */
export function startOfBeijingDay(day: IsoDay): Date {
  return new Date(dayjs.utc(day).valueOf() - BEIJING_OFFSET_MINUTES * 60_000);
}

export interface MonthRange {
  month: IsoMonth;
  firstDay: IsoDay;
  lastDay: IsoDay;
  /** From the first instant of the month to the first instant of the next, Beijing time: [start, end). */
  start: Date;
  end: Date;
}

export function monthRange(month: IsoMonth): MonthRange {
  const first = dayjs.utc(`${month}-01`);
  const next = first.add(1, 'month');
  return {
    month,
    firstDay: first.format('YYYY-MM-DD'),
    lastDay: next.subtract(1, 'day').format('YYYY-MM-DD'),
    start: startOfBeijingDay(first.format('YYYY-MM-DD')),
    end: startOfBeijingDay(next.format('YYYY-MM-DD')),
  };
}

/** 2026年5月 */
export function chineseMonth(month: IsoMonth): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
}
