import type { CalendarDate } from './calendar';
import { parseDeadline } from './deadline';
import type { ProblemDraft } from './draft';
import type { FieldName } from './labels';
import { splitList } from './lists';
import { takeMeasureNote } from './measure-notes';
import type { MeasureNote } from './measure-notes';
import type { SourceLine } from './normalize';
import type { PlanMeasureDetail, PlanProblem, PlanWarning } from './schema';
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

// Where a title with its detail ends: "食品安全责任落实不到位。包保干部督导流于形式…".
const SENTENCE_END = /[。！？!?]/;
const MIN_DETAIL = 4;

/** A title that goes on after its first sentence, in a plan that gives no 具体表现: the rest is the 具体表现. */
function splitTitle(title: string): { title: string; detail: string | null } {
  const end = SENTENCE_END.exec(title);
  if (!end) return { title, detail: null };
  const detail = tidyText(title.slice(end.index + 1));
  return detail.length < MIN_DETAIL ? { title, detail: null } : { title: tidyText(title.slice(0, end.index)), detail };
}

const joined = (lines: SourceLine[], separator = '') => (lines.length === 1 ? lines[0].text : lines.map((line) => line.text).join(separator));

export interface FinishedProblem {
  problem: PlanProblem;
  warnings: PlanWarning[];
  /** Parallel to `warnings`: the field each one is about, for the preview to show it there. */
  fieldsOf: ProblemField[];
}

/** Warnings and the fields they are about, side by side: no wrapper object per warning. */
interface Noted {
  warnings: PlanWarning[];
  fieldsOf: ProblemField[];
}

// Module-level helpers rather than closures per problem: a table of 20,000 rows would make 20,000 of each.
function noteOn(noted: Noted, about: ProblemField, found: PlanWarning): void {
  noted.warnings.push(found);
  noted.fieldsOf.push(about);
}

/** A warning about a value points at the value, else at its label, else at the problem's heading. */
const lineOf = (draft: ProblemDraft, field: FieldName) => draft.fields[field][0]?.no ?? draft.labelLine[field] ?? draft.line;

export function finishProblem(draft: ProblemDraft, planDate: CalendarDate | null): FinishedProblem {
  const warnings: PlanWarning[] = [];
  const fieldsOf: ProblemField[] = [];
  const noted: Noted = { warnings, fieldsOf };
  const { fields } = draft;

  let number = draft.number;
  if (number !== null && isMasked(number)) {
    noteOn(noted, 'number', warning('MASKED_NUMBER', draft.line, `问题${number}`));
    number = null;
  }

  const written = tidyText(joined(draft.title));
  if (written === '') noteOn(noted, 'title', warning('MISSING_TITLE', draft.line));
  let manifestations = splitList(fields.manifestations);
  const { title, detail } = manifestations.length === 0 ? splitTitle(written) : { title: written, detail: null };
  if (detail !== null) manifestations = [detail];

  const notes = splitList(fields.measures).map(takeMeasureNote);
  const measures = notes.map((measure) => tidyText(measure.text)).filter((text) => text !== '');
  if (measures.length === 0) noteOn(noted, 'measures', warning('NO_MEASURES', draft.labelLine.measures ?? draft.line));
  const measureDetails = readMeasureDetails(notes, planDate, noted, lineOf(draft, 'measures'));

  const { leader, note: leaderNote, issue } = parseLeader(joined(fields.leader, '、'));
  if (issue === 'missing') noteOn(noted, 'leader', warning('MISSING_LEADER', lineOf(draft, 'leader')));
  if (issue === 'masked') noteOn(noted, 'leader', warning('MASKED_VALUE', lineOf(draft, 'leader'), `责任领导「${tidyText(joined(fields.leader))}」`));

  // Units and deadlines written only with the measures stand for the problem's when it names none of its own.
  const measureUnits = notes.flatMap((measure) => measure.unit ?? []).join('、');
  const measureDeadlines = notes.flatMap((measure) => measure.deadline ?? []).join(' ');
  const { departments, masked } = parseDepartments(fields.departments.length > 0 ? joined(fields.departments, '、') : measureUnits);
  for (const entry of masked) noteOn(noted, 'departments', warning('MASKED_VALUE', lineOf(draft, 'departments'), `责任部门「${entry}」`));
  if (departments.length === 0 && masked.length === 0) noteOn(noted, 'departments', warning('MISSING_DEPARTMENTS', lineOf(draft, 'departments')));

  const { deadline, issues } = parseDeadline(fields.deadline.length > 0 ? joined(fields.deadline, ' ') : measureDeadlines, planDate);
  for (const { code, detail } of issues) noteOn(noted, 'deadline', warning(code, lineOf(draft, 'deadline'), detail));

  // Masked words inside sentences stay as written; the office is told where they are, once per line.
  const maskedLines = new Map<number, keyof typeof FIELD_NAMES>();
  const textFields = [['title', draft.title], ['manifestations', fields.manifestations], ['measures', fields.measures], ['target', fields.target]] as const;
  for (const [field, lines] of textFields) {
    for (const line of lines) if (isMasked(line.text) && !maskedLines.has(line.no)) maskedLines.set(line.no, field);
  }
  for (const [line, field] of maskedLines) noteOn(noted, field, warning('MASKED_TEXT', line, FIELD_NAMES[field]));

  const target = tidyText(joined(fields.target));
  return {
    problem: {
      number,
      title,
      manifestations,
      measures,
      target: target === '' ? null : target,
      leader,
      ...(leaderNote === null ? {} : { leaderNote }),
      departments,
      deadline,
      ...(measureDetails === null ? {} : { measureDetails }),
    },
    warnings,
    fieldsOf,
  };
}

/** Each measure's own 责任人 and 时限, parallel to the measures; null when no measure names either. */
function readMeasureDetails(
  notes: MeasureNote[],
  planDate: CalendarDate | null,
  noted: Noted,
  line: number,
): PlanMeasureDetail[] | null {
  const kept = notes.filter((measure) => tidyText(measure.text) !== '');
  if (!kept.some((measure) => measure.owner !== null || measure.deadline !== null)) return null;
  return kept.map((measure) => {
    let owner = measure.owner === null ? null : tidyText(measure.owner);
    if (owner !== null && isMasked(owner)) {
      noteOn(noted, 'measures', warning('MASKED_VALUE', line, `措施责任人「${owner}」`));
      owner = null;
    }
    if (measure.deadline === null) return { owner, deadline: null };
    const read = parseDeadline(measure.deadline, planDate);
    for (const { code, detail } of read.issues) noteOn(noted, 'measures', warning(code, line, detail));
    return { owner, deadline: read.deadline };
  });
}
