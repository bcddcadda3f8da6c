import type { IsoDay } from '../../core/time';
import { appNow } from './clock';

// China has no daylight saving: Beijing time is UTC+8 all year, so plain arithmetic is exact.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant's calendar fields in Beijing time, whatever the phone's time zone. */
export function beijingParts(iso: string): { year: number; month: number; day: number; hours: number; minutes: number } {
  const at = new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hours: at.getUTCHours(), minutes: at.getUTCMinutes() };
}

/** "2025年12月7日 09:05" in Beijing time, as the paper forms print it. */
export function formatBeijingDateTime(iso: string): string {
  const at = beijingParts(iso);
  return `${at.year}年${at.month}月${at.day}日 ${pad(at.hours)}:${pad(at.minutes)}`;
}

/** 12月7日 09:05 this year, 2025年12月7日 09:05 otherwise (years in Beijing): timeline times, short on a phone. */
export function formatMoment(iso: string, now = appNow()): string {
  const at = beijingParts(iso);
  const time = `${pad(at.hours)}:${pad(at.minutes)}`;
  return at.year === beijingParts(now.toISOString()).year ? `${at.month}月${at.day}日 ${time}` : `${at.year}年${at.month}月${at.day}日 ${time}`;
}

/** 2026年6月30日 from a Beijing calendar day. */
export function formatDay(day: IsoDay): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** Today as a Beijing calendar day, for date pickers. */
export function todayInBeijing(now = appNow()): IsoDay {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

