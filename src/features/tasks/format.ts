import type { PlanDeadline } from '../../../core/plan';
import type { IsoDay } from '../../../core/time';
import { appNow } from '../../utils/clock';
import { addDays } from '../../../core/dashboard/months';
import { beijingParts, formatDay } from '../../utils/date';


/** 12月7日 (or with the year when not this year): the latest progress on a list row. */
export function formatShortDate(iso: string, now = appNow()): string {
  const at = beijingParts(iso);
  return at.year === beijingParts(now.toISOString()).year ? `${at.month}月${at.day}日` : `${at.year}年${at.month}月${at.day}日`;
}

/** What the plan says about the deadline, with the resolved day: 2026年6月30日（6月底前）. */
export function formatDeadline(dueDate: IsoDay | null, deadline: PlanDeadline): string {
  const written = deadline.text?.trim() || null;
  if (dueDate) {
    const day = formatDay(dueDate);
    // "2026年10月底前" says no more than the day itself; "6个月内整改到位" or "并长期坚持" does.
    const onlyADate = written !== null && /^\d{4}年\d{1,2}月(\d{1,2}日|底|末|中旬|上旬|下旬)?(前|以前|之前)?(完成)?$/.test(written);
    return written && written !== day && !onlyADate ? `${day}（${written}）` : day;
  }
  if (deadline.longTerm) return written ?? '长期坚持';
  if (deadline.immediate) return written ?? '立行立改';
  return written ?? '未定';
}

/** The day after, for the earliest selectable extension date. */
export function nextDay(day: IsoDay): IsoDay {
  return addDays(day, 1);
}

/** Minutes left until an instant, rounded up; 0 once past. */
export function minutesUntil(iso: string, now = appNow()): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now.getTime()) / 60000));
}

/** 问题2 for the plan's bare numbers, the number as written otherwise (e.g. 问题一 stays). */
export function problemLabel(number: string | null): string | null {
  if (!number) return null;
  return /^\d+$/.test(number) ? `问题${number}` : number;
}
