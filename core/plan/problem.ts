import type { CalendarDate } from './calendar';
import { parseDeadline } from './deadline';
import type { ProblemDraft } from './draft';
import type { FieldName } from './labels';
import { splitList } from './lists';
import { takeMeasureNote } from './measure-notes';
import type { MeasureNote } from './measure-notes';
import { joinLines } from './normalize';
import type { PlanMeasureDetail, PlanProblem, PlanWarning } from './schema';
import type { Located, ProblemField } from './targets';
import { isMasked, parseDepartments, parseLeader, tidyText } from './values';
import { warning } from './warnings';

// A draft's collected lines → the problem's values, with a warning for each value the office must check.

type TextField = 'title' | 'manifestations' | 'measures' | 'target';
const TEXT_FIELDS: readonly TextField[] = ['title', 'manifestations', 'measures', 'target'];
const FIELD_NAMES: Record<TextField, string> = {
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

/** The units or deadlines the measures name for themselves, joined: what the problem has when it names none. */
function measureValues(notes: MeasureNote[], key: 'unit' | 'deadline', separator: string): string {
  let text = '';
  let count = 0;
  for (const measure of notes) {
    const value = measure[key];
    if (value === null) continue;
    text = count === 0 ? value : `${text}${separator}${value}`;
    count += 1;
  }
  return text;
}

/** The problem being finished and the parse's warnings, which its own join as they are found. */
interface Noted {
  draft: ProblemDraft;
  warnings: Located[];
}

// Module-level helpers rather than closures per problem: a table of 20,000 rows would make 20,000 of each.
function noteOn(noted: Noted, about: ProblemField, found: PlanWarning): void {
  noted.warnings.push({ warning: found, kind: 'problem', draft: noted.draft, field: about });
}

/** A warning about a value points at the value, else at its label, else at the problem's heading. */
const lineOf = (draft: ProblemDraft, field: FieldName) => draft.fields[field][0]?.no ?? draft.labelLine[field] ?? draft.line;

/** A draft's values, read; the warnings about them are added to `warnings`, each with the field it is about. */
export function finishProblem(draft: ProblemDraft, planDate: CalendarDate | null, warnings: Located[]): PlanProblem {
  const noted: Noted = { draft, warnings };
  const { fields } = draft;

  let number = draft.number;
  if (number !== null && isMasked(number)) {
    noteOn(noted, 'number', warning('MASKED_NUMBER', draft.line, `问题${number}`));
    number = null;
  }

  const written = tidyText(joinLines(draft.title));
  if (written === '') noteOn(noted, 'title', warning('MISSING_TITLE', draft.line));
  let manifestations = splitList(fields.manifestations);
  const { title, detail } = manifestations.length === 0 ? splitTitle(written) : { title: written, detail: null };
  if (detail !== null) manifestations = [detail];

  const notes = splitList(fields.measures).map(takeMeasureNote);
  // Mapped (an array of its size, which the plan keeps), filtered only when a measure was all note.
  const tidied = notes.map((measure) => tidyText(measure.text));
  const measures = tidied.includes('') ? tidied.filter((text) => text !== '') : tidied;
  if (measures.length === 0) noteOn(noted, 'measures', warning('NO_MEASURES', draft.labelLine.measures ?? draft.line));
  const measureDetails = readMeasureDetails(notes, planDate, noted, lineOf(draft, 'measures'));

  const { leader, note: leaderNote, issue } = parseLeader(joinLines(fields.leader, '、'));
  if (issue === 'missing') noteOn(noted, 'leader', warning('MISSING_LEADER', lineOf(draft, 'leader')));
  if (issue === 'masked') noteOn(noted, 'leader', warning('MASKED_VALUE', lineOf(draft, 'leader'), `责任领导「${tidyText(joinLines(fields.leader))}」`));

  // Units and deadlines written only with the measures stand for the problem's when it names none of its own.
  const { departments, masked } = parseDepartments(fields.departments.length > 0 ? joinLines(fields.departments, '、') : measureValues(notes, 'unit', '、'));
  for (const entry of masked) noteOn(noted, 'departments', warning('MASKED_VALUE', lineOf(draft, 'departments'), `责任部门「${entry}」`));
  if (departments.length === 0 && masked.length === 0) noteOn(noted, 'departments', warning('MISSING_DEPARTMENTS', lineOf(draft, 'departments')));

  const { deadline, issues } = parseDeadline(fields.deadline.length > 0 ? joinLines(fields.deadline, ' ') : measureValues(notes, 'deadline', ' '), planDate);
  for (const { code, detail } of issues) noteOn(noted, 'deadline', warning(code, lineOf(draft, 'deadline'), detail));

  // Masked words inside sentences stay as written; the office is told where they are, once per line.
  // The map is made only when a line is masked: most problems have none.
  let maskedLines: Map<number, TextField> | null = null;
  for (const field of TEXT_FIELDS) {
    for (const line of field === 'title' ? draft.title : fields[field]) {
      if (isMasked(line.text) && !maskedLines?.has(line.no)) (maskedLines ??= new Map()).set(line.no, field);
    }
  }
  if (maskedLines) for (const [line, field] of maskedLines) noteOn(noted, field, warning('MASKED_TEXT', line, FIELD_NAMES[field]));

  const target = tidyText(joinLines(fields.target));
  return {
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
  };
}

/** Each measure's own 责任人 and 时限, parallel to the measures; null when no measure names either. */
function readMeasureDetails(
  notes: MeasureNote[],
  planDate: CalendarDate | null,
  noted: Noted,
  line: number,
): PlanMeasureDetail[] | null {
  // Most measures name neither: checked before any array is made.
  if (!notes.some((measure) => measure.owner !== null || measure.deadline !== null)) return null;
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
