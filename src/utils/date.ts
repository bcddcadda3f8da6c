import type { IsoDay } from '../../core/time';
import { appNow } from './clock';

// China has no daylight saving: Beijing time is UTC+8 all year, so plain arithmetic is exact.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2025年12月7日 09:05" in Beijing time, whatever the phone's time zone. */
export function formatBeijingDateTime(iso: string): string {
  const beijing = new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`;
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
