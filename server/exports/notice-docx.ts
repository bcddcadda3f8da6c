import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import type { PublicNoticeOutput } from '../../core/actions/dashboard';
import type { PublicNoticeItem } from '../../core/dashboard/model';
import { outcomeSentence } from '../../core/outcomes/figures';
import { addDays } from '../../core/dashboard/months';
import { bareAspectTitle, chineseNumber, deadlineText, noticeSummary } from '../../core/dashboard/wording';
import { chineseDate } from '../../core/time';
import type { IsoDay } from '../../core/time';
import { sharedKindLabel } from '../../core/plans/kinds';
import { GOV_FONTS, SIZES, blank, body, govSection, run, signature, title } from './gov-docx';

/** 公示期: seven days from the day it is put up, as 销号公示 commonly runs (domain-fields.md §F). */
export const NOTICE_DAYS = 7;

const COLUMNS = [
  { header: '序号', width: 7 },
  { header: '问题', width: 43 },
  { header: '责任部门', width: 15 },
  { header: '整改时限', width: 15 },
  { header: '整改情况', width: 20 },
];

function cell(text: string, width: number, options: { bold?: boolean; centre?: boolean; span?: number; font?: string } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    columnSpan: options.span,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { size: SIZES.table, bold: options.bold, font: options.font })],
      }),
    ],
  });
}

function itemRow(item: PublicNoticeItem): TableRow {
  const state = item.closedOn ? `${item.publicStatus}（${chineseDate(item.closedOn)}）` : item.publicStatus;
  return new TableRow({
    cantSplit: true,
    children: [
      cell(String(item.seq), COLUMNS[0]!.width, { centre: true }),
      cell(item.title, COLUMNS[1]!.width),
      cell(item.departmentNames.join('、'), COLUMNS[2]!.width, { centre: true }),
      cell(deadlineText(item.dueDate, item.deadline), COLUMNS[3]!.width, { centre: true }),
      cell(state, COLUMNS[4]!.width, { centre: true }),
    ],
  });
}

/** The table: a header repeated on every page, then each 方面 as a spanning row followed by its items. */
function noticeTable(items: PublicNoticeItem[]): Table {
  const rows = [new TableRow({ tableHeader: true, children: COLUMNS.map((column) => cell(column.header, column.width, { bold: true, centre: true, font: GOV_FONTS.heading })) })];
  let aspect: string | null = null;
  let aspectNumber = 0;
  for (const item of items) {
    if (item.aspectTitle !== aspect) {
      aspect = item.aspectTitle;
      aspectNumber += 1;
      rows.push(new TableRow({ children: [cell(`${chineseNumber(aspectNumber)}、${bareAspectTitle(item.aspectTitle)}`, 100, { span: COLUMNS.length, bold: true, font: GOV_FONTS.heading })] }));
    }
    rows.push(itemRow(item));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/**
 * The 公示 as a unit posts it: title, what was found and how far rectification has come, the table of published items
 * and their status, the 公示期 with space for a contact, signed by the unit. Internal items are not in `notice.items`.
 */
export async function buildNoticeDocx(notice: PublicNoticeOutput, today: IsoDay): Promise<Buffer> {
  const unit = notice.unitName ?? '（单位名称）';
  const summary = noticeSummary(unit, notice.plans, notice.totals, today, outcomeSentence(notice.outcomes, true));
  const children = [
    title(`${notice.unitName ?? ''}关于${sharedKindLabel(notice.plans.map((plan) => plan.kind))}整改落实情况的公示`),
    blank(),
    ...notice.plans.map((plan) => body(plan.source ? `整改依据：${plan.title}（${plan.source}）` : `整改依据：${plan.title}`)),
    body(summary),
    noticeTable(notice.items),
    blank(),
    body(`公示期：${chineseDate(today)}至${chineseDate(addDays(today, NOTICE_DAYS - 1))}。公示期间，如对整改落实情况有意见或建议，请通过以下方式反映：`),
    body('联系电话：　　　　　　　　　　　来信地址：'),
    ...signature(unit, chineseDate(today)),
  ];
  const document = new Document({ creator: '整改通', title: '巡察整改落实情况公示', sections: [govSection(children)] });
  return Buffer.from(await Packer.toBuffer(document));
}
