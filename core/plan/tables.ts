import { itemAt } from './checked';
import { DRAFT_FIELDS, newDraft } from './draft';
import type { ProblemDraft } from './draft';
import { isFrameSection, readMarker, readPlainAspect, readProblemHeading } from './headings';
import { readLabel, splitEmbeddedLabels } from './labels';
import type { FieldName } from './labels';
import { joinLines } from './normalize';
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
  ['ignored', /责任人|经办人|备注|情况|进展|状态|^(?:问题|产生)?原因|原因分析/],
  ['target', /目标|成效/],
  ['manifestations', /表现/],
  ['category', /类别|方面|类型|领域|板块/],
  ['problem', /问题|事项/],
];
const MAX_HEADER_CELL = 12;
const PROBLEM_WORD = /问题|事项/;
const MAX_GAP = 5;

interface TableRow {
  line: number;
  category: string | null;
  cells: Partial<Record<ColumnField, SourceLine[]>>;
}

export interface PlanTable {
  /** Indexes [start, end) of the lines the table occupies. */
  start: number;
  end: number;
  /** One draft per problem the rows name; rows that go on with the problem above (merged cells) are in its draft. */
  problems: ProblemDraft[];
  /** Parallel to `problems`: the aspect a category column or row names for it, null when none does. */
  categories: Array<string | null>;
  /** Rows whose cell count did not match the header: their line and "N/M". */
  misfits: Array<{ line: number; detail: string }>;
}

/** Trims each cell in the array `split` just made: a table of many rows makes no second array per row. */
function trimAll(cells: string[]): string[] {
  cells.forEach((cell, i) => {
    cells[i] = cell.trim();
  });
  return cells;
}

/** A tab row's cells, trimmed, cut with indexOf: about half the time of split then trim, once per row. */
function splitTabs(text: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', from)) {
    cells.push(text.slice(from, at).trim());
    from = at + 1;
  }
  cells.push(text.slice(from).trim());
  return cells;
}

function splitCells(text: string): string[] | null {
  if (text.includes('\t')) return splitTabs(text);
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

/** A line that goes on in the row's last cell; every row read has at least one cell. */
function appendToLastCell(row: RawRow, lines: SourceLine[]): void {
  const last = row.cells[row.cells.length - 1];
  if (last) last.push(...lines);
  else row.cells.push(lines);
}

/**
 * Reads the rows under a header and hands each to the assembler once nothing can add to it any more, so a long table
 * holds one row at a time instead of all of them; returns the index of the first line after the table.
 */
function readRawRows(lines: SourceLine[], headerIndex: number, columns: Array<ColumnField | null>, assembler: TableAssembler | null): number {
  const width = columns.length;
  const piped = !itemAt(lines, headerIndex).text.includes('\t');
  // The open row, then the category rows read after it: a later line may still go on in the open row's last cell.
  let current: RawRow | null = null;
  const waiting: RawRow[] = [];
  const flush = () => {
    if (assembler) for (const row of waiting) assembler.add(row);
    waiting.length = 0;
  };
  let index = headerIndex + 1;
  for (; index < lines.length; index += 1) {
    const { no, text } = itemAt(lines, index);
    const cells = splitCells(text);
    if (cells && isRule(cells)) continue; // markdown's |---|
    const header = cells && headerColumns(text);
    // The header again is the table going on over a page break; another header starts another table.
    if (header && header.join() === columns.join()) continue;
    if (header) break;
    if (current && !piped && current.cells.length < width) {
      // The row is still open: this line goes on in its last cell and may open the next ones.
      const [first = '', ...others] = cells ?? [text];
      appendToLastCell(current, cellLines(no, first));
      for (const cell of others) current.cells.push(cellLines(no, cell));
      continue;
    }
    if (cells) {
      flush();
      // Sized once, filled in a loop: no closure per row, no array grown cell by cell.
      const row: SourceLine[][] = new Array<SourceLine[]>(cells.length);
      for (let i = 0; i < cells.length; i += 1) row[i] = cellLines(no, itemAt(cells, i));
      current = { line: no, cells: row };
      waiting.push(current);
      continue;
    }
    // Lines without cells stay in the table only when a few of them sit between rows: a category row
    // ("二、…方面" in a merged cell) or more paragraphs of the last cell. Anything longer is text after the table.
    let next = index;
    while (next < lines.length && next - index <= MAX_GAP && !splitCells(itemAt(lines, next).text)) next += 1;
    const gap = lines.slice(index, next);
    const between = next < lines.length && next - index <= MAX_GAP && gap.every((line) => !endsTable(line.text));
    if (!between || (!current && !gap.every((line) => isAspectHeading(line.text)))) break;
    for (const line of gap) {
      if (isAspectHeading(line.text)) waiting.push({ line: line.no, cells: [[line]] });
      else if (current) appendToLastCell(current, [line]);
    }
    index = next - 1;
  }
  flush();
  return index;
}

/**
 * A second header row under a merged cell ("责任主体" over 责任领导 | 责任部门, copied from Excel with the merged
 * cells empty): every filled cell names a column. Its names replace the first row's where it has them.
 */
function withSubHeader(columns: Array<ColumnField | null>, text: string | undefined): Array<ColumnField | null> | null {
  const cells = text === undefined || !text.includes('\t') ? null : splitCells(text);
  if (!cells || cells.length > columns.length) return null;
  const named = cells.map((cell) => (cell === '' ? null : columnOf(cell)));
  if (!cells.some((cell) => cell !== '') || cells.some((cell, i) => cell !== '' && named[i] === null)) return null;
  return columns.map((column, i) => named[i] ?? column);
}

/**
 * Calls `read` at each table's header (`body`: the index of its last header line, after which the rows begin); it
 * reads the table and returns the index of the line after it.
 */
function eachTable(lines: SourceLine[], read: (start: number, body: number, columns: Array<ColumnField | null>) => number): void {
  for (let index = 0; index < lines.length; index += 1) {
    const columns = headerColumns(itemAt(lines, index).text);
    if (!columns) continue;
    const merged = withSubHeader(columns, lines[index + 1]?.text);
    index = (merged ? read(index, index + 1, merged) : read(index, index, columns)) - 1;
  }
}

export function findTables(lines: SourceLine[]): PlanTable[] {
  const tables: PlanTable[] = [];
  eachTable(lines, (start, body, columns) => {
    const assembler = new TableAssembler(columns);
    const end = readRawRows(lines, body, columns, assembler);
    tables.push(assembler.finish(start, end));
    return end;
  });
  return tables;
}

/** Where the tables are, [start, end) line indexes, without reading their rows into problems. */
export function findTableSpans(lines: SourceLine[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  eachTable(lines, (start, body, columns) => {
    const end = readRawRows(lines, body, columns, null);
    spans.push({ start, end });
    return end;
  });
  return spans;
}

// Most cells are one line: its text as is, without an array to join.
const textOf = (cell: SourceLine[] = []) => joinLines(cell, '\n');

/** `textOf(a) === textOf(b)` without joining: cells hold no blank lines, so equal texts are equal line by line. */
function sameText(a: SourceLine[] = [], b: SourceLine[] = []): boolean {
  if (a.length !== b.length) return false;
  return a.every((line, i) => line.text === b[i]?.text);
}

/** The first line of the row's one non-empty cell, or null when it has none or several: no filtered copy of the row. */
function onlyFilledCell(cells: SourceLine[][]): SourceLine | null {
  let only: SourceLine | null = null;
  for (const cell of cells) {
    const [first] = cell;
    if (!first) continue;
    if (only) return null;
    only = first;
  }
  return only;
}

/**
 * Rows → problem drafts, one row at a time. A row stays open while the rows below it go on with the same problem
 * (merged cells); it becomes a draft when the next problem starts, so only drafts outlive their row.
 */
class TableAssembler {
  private readonly problems: ProblemDraft[] = [];
  private readonly categories: Array<string | null> = [];
  private readonly misfits: PlanTable['misfits'] = [];
  private category: string | null = null;
  private lastKey = '';
  private lastRow: TableRow['cells'] = {};
  private open: TableRow | null = null;

  constructor(private readonly columns: Array<ColumnField | null>) {}

  add({ line, cells }: RawRow): void {
    const { columns } = this;
    const only = onlyFilledCell(cells);
    if (only && (cells.length === 1 || isAspectHeading(only.text))) {
      // A row that only names an aspect (a merged cell across the table).
      this.category = aspectTitle(only.text);
      return;
    }
    if (cells.length !== columns.length) this.misfits.push({ line, detail: `${cells.length}/${columns.length}` });
    const byField: TableRow['cells'] = {};
    for (let i = 0; i < cells.length; i += 1) {
      // Cells beyond the header's count go to the last column rather than being lost.
      const field = columns[Math.min(i, columns.length - 1)];
      if (!field || field === 'ignored') continue;
      const lines = byField[field];
      // A new array of the joined size, not the first cell's grown: the draft keeps it.
      const cell = itemAt(cells, i);
      byField[field] = lines ? lines.concat(cell) : cell;
    }
    if (textOf(byField.category) !== '') this.category = aspectTitle(textOf(byField.category));
    const previous = this.open;
    const key = `${textOf(byField.number)}\n${textOf(byField.problem)}`;
    // No number and no problem, or the same ones as the row above (a merged cell): the previous problem goes on.
    if (previous && (key === '\n' || key === this.lastKey)) {
      for (const field of Object.keys(byField) as ColumnField[]) {
        const lines = byField[field] ?? [];
        // A value merged down over both rows is not added twice.
        if (field !== 'number' && field !== 'problem' && !sameText(lines, this.lastRow[field])) {
          (previous.cells[field] ??= []).push(...lines);
        }
      }
    } else if (key !== '\n') {
      this.close();
      this.open = { line, category: this.category, cells: byField };
    }
    [this.lastKey, this.lastRow] = [key, byField];
  }

  finish(start: number, end: number): PlanTable {
    this.close();
    return { start, end, problems: this.problems, categories: this.categories, misfits: this.misfits };
  }

  private close(): void {
    if (!this.open) return;
    this.problems.push(rowToDraft(this.open));
    this.categories.push(this.open.category);
    this.open = null;
  }
}

/** A row → a problem draft: the problem cell's first paragraph is the title, any further ones its 具体表现. */
function rowToDraft(row: TableRow): ProblemDraft {
  const problem = row.cells.problem ?? [];
  const first = problem.length > 0 ? problem[0] : undefined;
  const heading = first ? readProblemHeading(first.text) : null;
  const { head, parts } = splitEmbeddedLabels(heading ? heading.rest : first?.text ?? '');
  const written = tidyText(textOf(row.cells.number)).replace(NUMBER_END, '');
  // The cell's own line when the title is all of it: no copy of it.
  const titleLine = first && head ? (head === first.text ? first : { no: first.no, text: head }) : null;
  const draft = newDraft(row.line, written || heading?.number || null, titleLine ? [titleLine] : []);
  for (const part of parts) {
    if (part.field !== 'ignored' && part.value !== '') draft.fields[part.field].push({ no: first?.no ?? row.line, text: part.value });
  }
  for (let i = 1; i < problem.length; i += 1) {
    if (row.cells.manifestations !== undefined) draft.title.push(itemAt(problem, i));
    else draft.fields.manifestations.push(itemAt(problem, i));
  }
  for (const field of DRAFT_FIELDS) {
    const cell = row.cells[field];
    // The row is done with, so its cell becomes the field as it is: no second array per cell.
    if (cell && draft.fields[field].length === 0) draft.fields[field] = cell;
    else if (cell) draft.fields[field].push(...cell);
    draft.labelLine[field] = row.line;
  }
  return draft;
}
