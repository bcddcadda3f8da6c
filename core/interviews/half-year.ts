import { beijingDay } from '../time';
import type { IsoDay } from '../time';

export interface HalfYear {
  /** "2026H1": stored on records so that a half-year is one equality query. */
  key: string;
  label: string;
  start: IsoDay;
  end: IsoDay;
}

/** The half-year (Beijing calendar: January–June, July–December) an instant falls in. */
export function halfYearOf(instant: Date | string): HalfYear {
  const day = beijingDay(instant);
  const year = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) <= 6;
  return {
    key: `${year}H${first ? 1 : 2}`,
    label: `${year}年${first ? '上' : '下'}半年`,
    start: first ? `${year}-01-01` : `${year}-07-01`,
    end: first ? `${year}-06-30` : `${year}-12-31`,
  };
}

/** The overview's warning when a half-year has no talk held at all (the seed's finding: 上半年未开展约谈工作). */
export function halfYearWarning(halfYear: HalfYear, held: number, planned: number): string | null {
  if (held > 0) return null;
  return planned > 0
    ? `${halfYear.label}尚未开展约谈（已安排${planned}次，尚未谈话）`
    : `${halfYear.label}尚未开展约谈，也没有安排约谈`;
}
