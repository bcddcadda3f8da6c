import { DRAFT_FIELDS } from './draft';
import type { ProblemDraft } from './draft';
import type { ParsedPlan, PlanWarning } from './schema';

// Warnings carry a line number, which means nothing on a phone: the preview shows each one at the field it is
// about. The parser knows that field when it raises the warning; these types carry it out.

export const PROBLEM_FIELDS = ['number', 'title', 'manifestations', 'measures', 'target', 'leader', 'departments', 'deadline'] as const;
export type ProblemField = (typeof PROBLEM_FIELDS)[number];

/**
 * What one warning is about, as indices into `plan.aspects` and that aspect's `problems`:
 * - a problem's field: `{aspect, problem, field}` (field null when it is about the problem as a whole);
 * - an aspect's title (masked, or the 未分方面 the office should rename): `{aspect, problem: null, field: 'title'}`;
 * - the plan's title: `{aspect: null, problem: null, field: 'title'}`;
 * - the plan as a whole (no problems found, a bad plan date, an aspect heading without problems): all null.
 */
export interface WarningTarget {
  aspect: number | null;
  problem: number | null;
  field: ProblemField | null;
}

export interface DetailedParse {
  plan: ParsedPlan;
  /** Parallel to `plan.warnings`. */
  warningTargets: WarningTarget[];
}

/** Where a warning points while the parser is still at work: drafts, not yet indices. */
export type Anchor =
  | { kind: 'plan'; field: 'title' | null }
  | { kind: 'aspect'; aspect: object }
  | { kind: 'problem'; draft: ProblemDraft; field: ProblemField | null }
  /** Only a line is known (a table row): the problem whose lines include it, if any. */
  | { kind: 'line'; line: number };

/** A warning with what it is about, kept together until the drafts become indices: one object, not two. */
export type Located = Anchor & { warning: PlanWarning };

export const PLAN_WIDE: WarningTarget = { aspect: null, problem: null, field: null };

/** First and last line a problem was read from; a line inside belongs to it. */
export function spanOf(draft: ProblemDraft): { start: number; end: number } {
  // Loops, not Math.min(...lines) (a problem merged from thousands of table rows has more lines than a call takes
  // arguments), and no closure per problem.
  const span = { start: draft.line, end: draft.line };
  for (const line of draft.title) widen(span, line.no);
  for (const field of DRAFT_FIELDS) {
    const label = draft.labelLine[field];
    if (label !== undefined) widen(span, label);
    for (const line of draft.fields[field]) widen(span, line.no);
  }
  return span;
}

function widen(span: { start: number; end: number }, no: number): void {
  if (no < span.start) span.start = no;
  if (no > span.end) span.end = no;
}
