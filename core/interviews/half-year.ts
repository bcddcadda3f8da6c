import { beijingDay } from '../time';
import type { IsoDay } from '../time';
import { INTERVIEW_STATES } from './states';
import type { InterviewState } from './states';

/** A talk counts for the half-year of its actual time (heldHalf) once its record is filed: signed, with the opinion. */
export const HALF_YEAR_HELD_STATE: InterviewState = 'filed';
/** Arranged for the half-year of its planned time (plannedHalf; a draft without one, its proposal's) and not filed yet, drafts included. */
export const HALF_YEAR_ARRANGED_STATES: readonly InterviewState[] = INTERVIEW_STATES.filter((state) => state !== HALF_YEAR_HELD_STATE);

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

/** The overview's warning when a half-year has no talk filed at all (the seed's finding: 上半年未开展约谈工作). */
export function halfYearWarning(halfYear: HalfYear, held: number, planned: number): string | null {
  if (held > 0) return null;
  return planned > 0
    ? `${halfYear.label}还没有归档的约谈（已安排${planned}次，尚未完成）`
    : `${halfYear.label}尚未开展约谈，也没有安排约谈`;
}
