import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * "Which day" is decided in Beijing time. China has had no daylight saving since 1991, so a fixed +08:00 offset
 * is exact and needs no time-zone database (old phones' JS engines may lack Intl time zones).
 */
export const BEIJING_OFFSET_MINUTES = 8 * 60;

export type IsoDay = string; // YYYY-MM-DD, a Beijing calendar day

export const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function beijingDay(instant: Date | string | number): IsoDay {
  return dayjs.utc(instant).utcOffset(BEIJING_OFFSET_MINUTES).format('YYYY-MM-DD');
}

/** Whole Beijing calendar days from `now` to `day`: 0 on the day itself, negative once past. */
export function daysUntil(day: IsoDay, now: Date): number {
  const today = dayjs.utc(beijingDay(now));
  return dayjs.utc(day).diff(today, 'day');
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(day: IsoDay, months: number): IsoDay {
  return dayjs.utc(day).add(months, 'month').format('YYYY-MM-DD');
}

export function isValidIsoDay(value: string): boolean {
  return isoDayPattern.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** 2026年12月31日: how dates are written in documents and subscription messages. */
export function chineseDate(day: IsoDay): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
