import ExcelJS from 'exceljs';
import { deadlineText } from '../../core/dashboard/wording';
import { figuresOf, figuresSentence, overdueSentence } from '../../core/figures/figures';
import { TASK_STATUS_LABELS } from '../../core/tasks/status';
import { beijingDay, chineseDate } from '../../core/time';
import type { TaskMeasure } from '../../core/tasks/model';
import type { LedgerRow } from './ledger-rows';

/** The 台账's columns (domain-fields.md §C) with their widths in characters. */
export const LEDGER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '方面', width: 16 },
  { header: '问题', width: 28 },
  { header: '具体表现', width: 40 },
  { header: '整改措施', width: 50 },
  { header: '责任领导', width: 10 },
  { header: '责任部门', width: 14 },
  { header: '责任人', width: 12 },
  { header: '整改时限', width: 16 },
  { header: '整改进展', width: 40 },
  { header: '状态', width: 14 },
  { header: '完成时间', width: 14 },
  { header: '佐证材料', width: 10 },
  { header: '延期次数', width: 10 },
] as const;

/** Shown after 序号 when several plans are exported together: whose 问题 a row is. */
export const PLAN_COLUMN = { header: '方案', width: 20 } as const;

type LedgerColumn = { header: string; width: number };

/** The columns of a sheet: LEDGER_COLUMNS, with the 方案 column when it covers several plans. */
export function ledgerColumns(withPlan: boolean): LedgerColumn[] {
  const [serial, ...rest] = LEDGER_COLUMNS;
  return withPlan ? [serial, PLAN_COLUMN, ...rest] : [...LEDGER_COLUMNS];
}

const CENTRED_HEADERS = new Set(['序号', '责任领导', '完成时间', '佐证材料', '延期次数']);
const STATUS_HEADER = '状态';

/** Title, the line saying what is in it, then the header: the rows frozen above the items. */
export const LEDGER_HEADER_ROW = 3;
/** Light red behind an overdue item's row, dark red text in its 状态 cell. */
export const OVERDUE_FILL = 'FFFDE2E2';
const OVERDUE_TEXT = 'FFC0392B';
const HEADER_FILL = 'FFE8F5EE';
const BORDER_COLOUR = 'FFBFBFBF';

const thin = { style: 'thin' as const, color: { argb: BORDER_COLOUR } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = { name: '宋体', size: 10 };

/** "1.…\n2.…" when there are several, the text alone when there is one. */
function numbered(lines: readonly string[]): string {
  const kept = lines.map((line) => line.trim()).filter(Boolean);
  if (kept.length <= 1) return kept[0] ?? '';
  // Measures the plan numbered itself (一是…, 1.…) keep their numbers.
  return kept.map((line, index) => (/^(?:[一二三四五六七八九十]+是|\d+[.．、]|（\d+）)/.test(line) ? line : `${index + 1}.${line}`)).join('\n');
}

function latestProgress(row: LedgerRow): string {
  const latest = row.latest;
  return latest ? `${chineseDate(beijingDay(latest.createdAt))}：${latest.text}` : '';
}

function statusText(row: LedgerRow): string {
  const label = TASK_STATUS_LABELS[row.task.status];
  return row.deadline.colour === 'red' ? `${label}（${row.deadline.label}）` : label;
}

/** A measure as the 台账 lists it: its own 责任人 and 时限 after it, where the plan gave them. */
function measureCell(measure: TaskMeasure): string {
  const own = [measure.owner ? `责任人：${measure.owner.name}` : '', measure.dueDate ? `时限：${chineseDate(measure.dueDate)}` : ''].filter(Boolean);
  return own.length > 0 ? `${measure.text}（${own.join('，')}）` : measure.text;
}

/** 问题3 as the plan writes it: a bare 3 the parser kept from "3." gets its 问题 back. */
function problemNumber(number: string): string {
  return /^\d+$/.test(number) ? `问题${number}` : number;
}

/** The cells of one item, in ledgerColumns order: with its plan's title when the sheet has the 方案 column. */
export function ledgerCells(row: LedgerRow, index: number, planTitle?: string): (string | number)[] {
  const task = row.task;
  return [
    index + 1,
    ...(planTitle === undefined ? [] : [planTitle]),
    task.aspectTitle,
    task.number ? `${problemNumber(task.number)}：${task.title}` : task.title,
    numbered(task.manifestations ?? []),
    numbered((task.measures ?? []).map(measureCell)),
    task.leaderName ?? '',
    (task.departmentNames ?? []).join('、'),
    row.assigneeNames.join('、'),
    deadlineText(task.dueDate ?? null, task.deadline),
    latestProgress(row),
    statusText(row),
    task.closedAt ? chineseDate(beijingDay(task.closedAt)) : '',
    task.evidenceCount ?? 0,
    task.extensionCount ?? 0,
  ];
}

export interface LedgerSheetInput {
  /** The plan's title when the rows are one plan's, else the unit's 巡察整改台账. */
  title: string;
  asOf: Date;
  /** What the filter chose, in words (全部事项 when nothing). */
  scope: string;
  rows: LedgerRow[];
  /** Plan titles by id when several plans are exported together: the sheet then has the 方案 column. */
  planTitles: ReadonlyMap<string, string> | null;
}

/**
 * The 整改台账 as an .xlsx: a title row, a line with the date, scope and figures (core/figures), a styled header, then one row per
 * item; header rows frozen, text wrapped, an overdue item's row on light red; printed landscape on A4, one page wide,
 * the header repeated on every page.
 */
export async function buildLedgerXlsx(input: LedgerSheetInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改通';
  workbook.created = input.asOf;
  const sheet = workbook.addWorksheet('整改台账', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: LEDGER_HEADER_ROW, topLeftCell: `A${LEDGER_HEADER_ROW + 1}`, activeCell: `A${LEDGER_HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${LEDGER_HEADER_ROW}:${LEDGER_HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const planTitles = input.planTitles;
  const columns = ledgerColumns(planTitles !== null);
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const last = String.fromCharCode('A'.charCodeAt(0) + columns.length - 1);

  sheet.mergeCells(`A1:${last}1`);
  const titleCell = sheet.getCell('A1');
  titleCell.value = input.title;
  titleCell.font = { name: '黑体', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;

  sheet.mergeCells(`A2:${last}2`);
  const infoCell = sheet.getCell('A2');
  const figures = figuresOf(
    input.rows.map(({ task }) => ({ status: task.status, dueDate: task.dueDate ?? null, nextReviewDue: task.nextReviewDue ?? null })),
    input.asOf,
  );
  infoCell.value = `截至${chineseDate(beijingDay(input.asOf))}\u3000${input.scope}\u3000共${figures.total}项。其中，${figuresSentence(figures)}；${overdueSentence(figures)}`;
  infoCell.font = { ...FONT, color: { argb: 'FF595959' } };
  infoCell.alignment = { horizontal: 'left', vertical: 'middle' };

  const header = sheet.getRow(LEDGER_HEADER_ROW);
  header.values = columns.map((column) => column.header);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  sheet.autoFilter = { from: { row: LEDGER_HEADER_ROW, column: 1 }, to: { row: LEDGER_HEADER_ROW, column: columns.length } };

  // One style object per kind of cell, shared by every cell of that kind: exceljs then writes each style once, which
  // is what keeps 5,000 rows at a couple of seconds.
  const overdueFill = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: OVERDUE_FILL } };
  const styleOf = (centred: boolean, overdue: boolean, status: boolean): Partial<ExcelJS.Style> => ({
    font: overdue && status ? { ...FONT, color: { argb: OVERDUE_TEXT }, bold: true } : FONT,
    alignment: centred ? { vertical: 'top', horizontal: 'center', wrapText: true } : { vertical: 'top', wrapText: true },
    border: BORDER,
    ...(overdue ? { fill: overdueFill } : {}),
  });
  const styles = [false, true].map((overdue) =>
    columns.map((column) => styleOf(CENTRED_HEADERS.has(column.header), overdue, column.header === STATUS_HEADER)),
  ) as [Partial<ExcelJS.Style>[], Partial<ExcelJS.Style>[]];
  input.rows.forEach((row, index) => {
    const sheetRow = sheet.addRow(ledgerCells(row, index, planTitles ? (planTitles.get(row.task.planId) ?? '') : undefined));
    const rowStyles = styles[row.deadline.colour === 'red' ? 1 : 0];
    sheetRow.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.style = rowStyles[column - 1] as Partial<ExcelJS.Style>;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
