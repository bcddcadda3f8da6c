import type { FieldName } from './labels';
import type { SourceLine } from './normalize';

/** Every field a draft collects, in the order a problem states them. */
export const DRAFT_FIELDS: readonly FieldName[] = ['manifestations', 'measures', 'target', 'leader', 'departments', 'deadline'];

/** A problem as read, before its values are interpreted; text layouts and table rows both produce these. */
export interface ProblemDraft {
  /** The heading's (or row's) line. */
  line: number;
  /** As written; `*` when masked. */
  number: string | null;
  title: SourceLine[];
  fields: Record<FieldName, SourceLine[]>;
  /** Where each field's label stood, so that a warning about an empty value points at it. */
  labelLine: Partial<Record<FieldName, number>>;
}

export function newDraft(line: number, number: string | null, title: SourceLine[]): ProblemDraft {
  return {
    line,
    number,
    title,
    fields: { manifestations: [], measures: [], target: [], leader: [], departments: [], deadline: [] },
    // Every field named from the start: one shape for every draft's labels, however they are filled in.
    labelLine: { manifestations: undefined, measures: undefined, target: undefined, leader: undefined, departments: undefined, deadline: undefined },
  };
}
