import type { InterviewField } from './fields';
import type { InterviewState } from './states';
import { beijingDay } from '../time';

/**
 * Which fields hold a value, for the state machine's "what is missing" (missingToLeave): a value is there unless it
 * is null, empty text or an empty list. The server asks it of a stored record, the forms of what is typed.
 */
export function presentFields(values: Partial<Record<InterviewField, unknown>>): Set<InterviewField> {
  const present = new Set<InterviewField>();
  for (const [field, value] of Object.entries(values) as [InterviewField, unknown][]) {
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) present.add(field);
  }
  return present;
}

/** A phone's clock may run a little ahead of the server's. */
export const HELD_AT_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Whether a talk was held on a Beijing day before the one it was planned for (the 记录人 must then say why). */
export function heldBeforePlannedDay(heldDay: string, plannedAt: Date | string | null): boolean {
  return plannedAt !== null && heldDay !== '' && heldDay < beijingDay(new Date(plannedAt));
}

export type HeldAtProblem = { code: 'HELD_IN_FUTURE' } | { code: 'HELD_BEFORE_PLANNED'; plannedDay: string } | null;

/**
 * The actual time of a talk: not in the future (signatures, at the server's time, then never predate it), and not
 * before the day it was planned for unless the 记录人 says why.
 */
export function heldAtProblem(heldAt: Date, plannedAt: Date | null, earlyReason: string | null, now: Date): HeldAtProblem {
  if (heldAt.getTime() > now.getTime() + HELD_AT_CLOCK_SKEW_MS) return { code: 'HELD_IN_FUTURE' };
  if (plannedAt && heldBeforePlannedDay(beijingDay(heldAt), plannedAt) && !earlyReason) return { code: 'HELD_BEFORE_PLANNED', plannedDay: beijingDay(plannedAt) };
  return null;
}

/** The record may be rewritten until the first signature; after that only a new revision changes it. */
export function recordIsLocked(state: InterviewState, signatureCount: number): boolean {
  return state === 'pending_signatures' && signatureCount > 0;
}
