import type { CalendarDate } from './calendar';
import { parseDeadline } from './deadline';
import type { ProblemDraft } from './draft';
import type { FieldName } from './labels';
import { splitList } from './lists';
import type { SourceLine } from './normalize';
import type { PlanProblem, PlanWarning } from './schema';
import type { ProblemField } from './targets';
import { isMasked, parseDepartments, parseLeader, tidyText } from './values';
import { warning } from './warnings';

// A draft's collected lines → the problem's values, with a warning for each value the office must check.

const FIELD_NAMES: Record<'title' | 'manifestations' | 'measures' | 'target', string> = {
  title: '问题标题',
  manifestations: '具体表现',
  measures: '整改措施',
  target: '成效目标',
};

const joined = (lines: SourceLine[], separator = '') => lines.map((line) => line.text).join(separator);

export interface FinishedProblem {
  problem: PlanProblem;
  warnings: PlanWarning[];
  /** Parallel to `warnings`: the field each one is about, for the preview to show it there. */
  fieldsOf: ProblemField[];
}

export function finishProblem(draft: ProblemDraft, planDate: CalendarDate | null): FinishedProblem {
  const warnings: PlanWarning[] = [];
  const fieldsOf: ProblemField[] = [];
  const note = (about: ProblemField, found: PlanWarning) => {
    warnings.push(found);
    fieldsOf.push(about);
  };
  const { fields } = draft;
  // A warning about a value points at the value, else at its label, else at the problem's heading.
  const lineOf = (field: FieldName) => fields[field][0]?.no ?? draft.labelLine[field] ?? draft.line;

  let number = draft.number;
  if (number !== null && isMasked(number)) {
    note('number', warning('MASKED_NUMBER', draft.line, `问题${number}`));
    number = null;
  }

  const title = tidyText(joined(draft.title));
  if (title === '') note('title', warning('MISSING_TITLE', draft.line));

  const measures = splitList(fields.measures);
  if (measures.length === 0) note('measures', warning('NO_MEASURES', draft.labelLine.measures ?? draft.line));

  const { leader, issue } = parseLeader(joined(fields.leader, '、'));
  if (issue === 'missing') note('leader', warning('MISSING_LEADER', lineOf('leader')));
  if (issue === 'masked') note('leader', warning('MASKED_VALUE', lineOf('leader'), `责任领导「${tidyText(joined(fields.leader))}」`));

  const { departments, masked } = parseDepartments(joined(fields.departments, '、'));
  for (const entry of masked) note('departments', warning('MASKED_VALUE', lineOf('departments'), `责任部门「${entry}」`));
  if (departments.length === 0 && masked.length === 0) note('departments', warning('MISSING_DEPARTMENTS', lineOf('departments')));

  const { deadline, issues } = parseDeadline(joined(fields.deadline, ' '), planDate);
  for (const { code, detail } of issues) note('deadline', warning(code, lineOf('deadline'), detail));

  // Masked words inside sentences stay as written; the office is told where they are, once per line.
  const maskedLines = new Map<number, keyof typeof FIELD_NAMES>();
  const textFields = [['title', draft.title], ['manifestations', fields.manifestations], ['measures', fields.measures], ['target', fields.target]] as const;
  for (const [field, lines] of textFields) {
    for (const line of lines) if (isMasked(line.text) && !maskedLines.has(line.no)) maskedLines.set(line.no, field);
  }
  for (const [line, field] of maskedLines) note(field, warning('MASKED_TEXT', line, FIELD_NAMES[field]));

  const target = tidyText(joined(fields.target));
  return {
    problem: {
      number,
      title,
      manifestations: splitList(fields.manifestations),
      measures,
      target: target === '' ? null : target,
      leader,
      departments,
      deadline,
    },
    warnings,
    fieldsOf,
  };
}
