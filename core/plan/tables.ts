import { newDraft } from './draft';
import type { ProblemDraft } from './draft';
import { isFrameSection, readMarker, readPlainAspect, readProblemHeading } from './headings';
import { readLabel, splitEmbeddedLabels } from './labels';
import type { FieldName } from './labels';
import type { SourceLine } from './normalize';
import { tidyText } from './values';

// Plans kept as a 台账 table, copied out of Word/Excel (cells split by tabs) or written as `|` rows. Word puts
// a cell's paragraphs on lines of their own, so a tab row can spread over several lines: cells are counted
// against the header to put it back together.

type ColumnField = FieldName | 'number' | 'category' | 'problem' | 'ignored';

// Checked in order: 问题类别 is a category before it is a problem, 责任单位 a department before 责任人 is ignored,
// 整改措施及时限 measures before a deadline.
const COLUMN_WORDS: Array<[ColumnField, RegExp]> = [
  ['number', /^(?:序号|编号|问题序号|问题编号|No\.?)$/i],
  ['measures', /措施|举措/],
  ['deadline', /时限|期限|完成时间|整改时间|办结时间|时间节点/],
  ['leader', /领导/],
  ['departments', /单位|部门|科室|股室|处室|责任主体/],
  ['ignored', /责任人|经办人|备注|情况|进展|状态/],
  ['target', /目标|成效/],
  ['manifestations', /表现/],
  ['category', /类别|方面|类型|领域|板块/],
  ['problem', /问题|事项/],
];
const MAX_HEADER_CELL = 12;
const PROBLEM_WORD = /问题|事项/;
const MAX_GAP = 5;

export interface TableRow {
  line: number;
  category: string | null;
  cells: Partial<Record<ColumnField, SourceLine[]>>;
}

export interface PlanTable {
  /** Indexes [start, end) of the lines the table occupies. */
  start: number;
  end: number;
  rows: TableRow[];
  /** Rows whose cell count did not match the header: their line and "N/M". */
  misfits: Array<{ line: number; detail: string }>;
}

/** Trims each cell in the array `split` just made: a table of many rows makes no second array per row. */
function trimAll(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i += 1) cells[i] = cells[i].trim();
  return cells;
}

function splitCells(text: string): string[] | null {
  if (text.includes('\t')) return trimAll(text.split('\t'));
  const trimmed = text.trim();
  if (!trimmed.includes('|')) return null;
  const cells = trimAll(trimmed.split('|'));
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|')) cells.pop();
  return cells.length >= 2 ? cells : null;
}

// Module-level patterns: a literal in a function is a new RegExp object at every call, here once per row or cell.
const RULE_CELL = /^:?-{2,}:?$/;
const NUMBER_END = /[.．、]$/;
const isRule = (cells: string[]) => cells.every((cell) => RULE_CELL.test(cell) || cell === '');

function columnOf(cell: string): ColumnField | null {
  const word = cell.replace(/\s/g, '');
  if (word === '' || word.length > MAX_HEADER_CELL) return null;
  return COLUMN_WORDS.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
}

/** A header row names the problem and at least one of what must be done about it, by whom or by when. */
function headerColumns(text: string): Array<ColumnField | null> | null {
  // Every header names the problem column: rows without the word are not tried cell by cell.
  if (!PROBLEM_WORD.test(text)) return null;
  const cells = splitCells(text);
  if (!cells || cells.length < 3) return null;
  const columns = cells.map(columnOf);
  // 存在问题及表现: with no column of its own for the problem, the one naming both holds it (title, then detail).
  const both = cells.findIndex((cell, i) => columns[i] === 'manifestations' && PROBLEM_WORD.test(cell));
  if (!columns.includes('problem') && both >= 0) columns[both] = 'problem';
  const has = (field: ColumnField) => columns.includes(field);
  const known = columns.filter((column) => column !== null).length;
  const useful = has('measures') || has('leader') || has('departments') || has('deadline');
  return has('problem') && useful && known * 2 >= cells.length ? columns : null;
}

const isAspectHeading = (text: string) => {
  const kind = readMarker(text)?.kind;
  return kind === 'part' || kind === 'cn' || kind === 'pcn' || readPlainAspect(text) !== null;
};

// A frame section (四、整改要求) or a label line is the plan going on after its table.
const endsTable = (text: string) => {
  const marker = readMarker(text);
  return (marker !== null && isFrameSection(marker.rest)) || readLabel(text) !== null || readProblemHeading(text) !== null;
};

const aspectTitle = (text: string) => tidyText(readMarker(text)?.rest ?? text);

interface RawRow {
  line: number;
  cells: SourceLine[][];
}

const cellLines = (no: number, text: string): SourceLine[] => (text === '' ? [] : [{ no, text }]);

function readRawRows(lines: SourceLine[], headerIndex: number, columns: Array<ColumnField | null>) {
  const rows: RawRow[] = [];
  const width = columns.length;
  const piped = !lines[headerIndex].text.includes('\t');
  let current: RawRow | null = null;
  let index = headerIndex + 1;
  for (; index < lines.length; index += 1) {
    const { no, text } = lines[index];
    const cells = splitCells(text);
    if (cells && isRule(cells)) continue; // markdown's |---|
    const header = cells && headerColumns(text);
    // The header again is the table going on over a page break; another header starts another table.
    if (header && header.join() === columns.join()) continue;
    if (header) break;
    if (current && !piped && current.cells.length < width) {
      // The row is still open: this line goes on in its last cell and may open the next ones.
      const [first, ...others] = cells ?? [text];
      current.cells[current.cells.length - 1].push(...cellLines(no, first));
      for (const cell of others) current.cells.push(cellLines(no, cell));
      continue;
    }
    if (cells) {
      // A loop, not cells.map with a closure made for every row.
      current = { line: no, cells: [] };
      for (const cell of cells) current.cells.push(cellLines(no, cell));
      rows.push(current);
      continue;
    }
    // Lines without cells stay in the table only when a few of them sit between rows: a category row
    // ("二、…方面" in a merged cell) or more paragraphs of the last cell. Anything longer is text after the table.
    let next = index;
    while (next < lines.length && next - index <= MAX_GAP && !splitCells(lines[next].text)) next += 1;
    const gap = lines.slice(index, next);
    const between = next < lines.length && next - index <= MAX_GAP && gap.every((line) => !endsTable(line.text));
    if (!between || (!current && !gap.every((line) => isAspectHeading(line.text)))) break;
    for (const line of gap) {
      if (isAspectHeading(line.text)) rows.push({ line: line.no, cells: [[line]] });
      else current?.cells[current.cells.length - 1].push(line);
    }
    index = next - 1;
  }
  return { rows, end: index };
}

function eachTable(lines: SourceLine[], found: (rows: RawRow[], columns: Array<ColumnField | null>, start: number, end: number) => void): void {
  for (let index = 0; index < lines.length; index += 1) {
    const columns = headerColumns(lines[index].text);
    if (!columns) continue;
    const { rows, end } = readRawRows(lines, index, columns);
    found(rows, columns, index, end);
    index = end - 1;
  }
}

export function findTables(lines: SourceLine[]): PlanTable[] {
  const tables: PlanTable[] = [];
  eachTable(lines, (rows, columns, start, end) => tables.push(assembleTable(rows, columns, start, end)));
  return tables;
}

/** Where the tables are, [start, end) line indexes, without reading their rows into problems. */
export function findTableSpans(lines: SourceLine[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  eachTable(lines, (_rows, _columns, start, end) => spans.push({ start, end }));
  return spans;
}

// Most cells are one line: its text as is, without an array to join.
const textOf = (cell: SourceLine[] = []) => (cell.length === 1 ? cell[0].text : cell.map((line) => line.text).join('\n'));

/** `textOf(a) === textOf(b)` without joining: cells hold no blank lines, so equal texts are equal line by line. */
function sameText(a: SourceLine[] = [], b: SourceLine[] = []): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i].text !== b[i].text) return false;
  return true;
}

/** The row's one non-empty cell, or null when it has none or several: no filtered copy of the row. */
function onlyFilledCell(cells: SourceLine[][]): SourceLine[] | null {
  let only: SourceLine[] | null = null;
  for (const cell of cells) {
    if (cell.length === 0) continue;
    if (only) return null;
    only = cell;
  }
  return only;
}

function assembleTable(raw: RawRow[], columns: Array<ColumnField | null>, start: number, end: number): PlanTable {
  const table: PlanTable = { start, end, rows: [], misfits: [] };
  let category: string | null = null;
  let lastKey = '';
  let lastRow: TableRow['cells'] = {};
  for (const { line, cells } of raw) {
    const only = onlyFilledCell(cells);
    if (only && (cells.length === 1 || isAspectHeading(only[0].text))) {
      // A row that only names an aspect (a merged cell across the table).
      category = aspectTitle(only[0].text);
      continue;
    }
    if (cells.length !== columns.length) table.misfits.push({ line, detail: `${cells.length}/${columns.length}` });
    const byField: TableRow['cells'] = {};
    for (let i = 0; i < cells.length; i += 1) {
      // Cells beyond the header's count go to the last column rather than being lost.
      const field = columns[Math.min(i, columns.length - 1)];
      if (!field || field === 'ignored') continue;
      const lines = byField[field];
      if (lines) lines.push(...cells[i]);
      else byField[field] = cells[i];
    }
    if (textOf(byField.category) !== '') category = aspectTitle(textOf(byField.category));
    const previous = table.rows[table.rows.length - 1];
    const key = `${textOf(byField.number)}\n${textOf(byField.problem)}`;
    // No number and no problem, or the same ones as the row above (a merged cell): the previous problem goes on.
    if (previous && (key === '\n' || key === lastKey)) {
      for (const field of Object.keys(byField) as ColumnField[]) {
        const lines = byField[field] ?? [];
        // A value merged down over both rows is not added twice.
        if (field !== 'number' && field !== 'problem' && !sameText(lines, lastRow[field])) {
          (previous.cells[field] ??= []).push(...lines);
        }
      }
    } else if (key !== '\n') table.rows.push({ line, category, cells: byField });
    [lastKey, lastRow] = [key, byField];
  }
  return table;
}

/** A row → a problem draft: the problem cell's first paragraph is the title, any further ones its 具体表现. */
export function rowToDraft(row: TableRow): ProblemDraft {
  const [first, ...more] = row.cells.problem ?? [];
  const heading = first ? readProblemHeading(first.text) : null;
  const { head, parts } = splitEmbeddedLabels(heading ? heading.rest : first?.text ?? '');
  const written = tidyText(textOf(row.cells.number)).replace(NUMBER_END, '');
  const draft = newDraft(row.line, written || heading?.number || null, head && first ? [{ no: first.no, text: head }] : []);
  for (const part of parts) {
    if (part.field !== 'ignored' && part.value !== '') draft.fields[part.field].push({ no: first.no, text: part.value });
  }
  if (row.cells.manifestations !== undefined) draft.title.push(...more);
  else draft.fields.manifestations.push(...more);
  for (const field of ['manifestations', 'measures', 'target', 'leader', 'departments', 'deadline'] as const) {
    const cell = row.cells[field];
    if (cell) draft.fields[field].push(...cell);
    draft.labelLine[field] = row.line;
  }
  return draft;
}
