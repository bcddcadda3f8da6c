import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';

/*
 * The look of a Chinese government document (GB/T 9704 党政机关公文格式), as far as a draft needs it: title in
 * 方正小标宋简体 二号, first-level headings 一、 in 黑体 三号, second-level （一） in 楷体_GB2312 三号, body in
 * 仿宋_GB2312 三号 at a fixed 28-point line, first lines indented two characters, page numbers "— 1 —" at the foot,
 * margins 37/35/28/26 mm. Latin letters and digits in Times New Roman, as offices set them.
 */

export const GOV_FONTS = { title: '方正小标宋简体', heading: '黑体', subheading: '楷体_GB2312', body: '仿宋_GB2312', latin: 'Times New Roman' } as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
export const SIZES = { title: 44, body: 32, small: 28, table: 24 } as const;

export const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** Two characters of 三号 (16 pt each) in twips. */
export const INDENT_TWO_CHARACTERS = 640;
const MM = 56.7;

function font(eastAsia: string) {
  return { ascii: GOV_FONTS.latin, hAnsi: GOV_FONTS.latin, cs: GOV_FONTS.latin, eastAsia, hint: 'eastAsia' };
}

export function run(text: string, options: { font?: string; size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font: font(options.font ?? GOV_FONTS.body), size: options.size ?? SIZES.body, bold: options.bold });
}

export function title(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: [run(text, { font: GOV_FONTS.title, size: SIZES.title })] });
}

export function centred(text: string, size: number = SIZES.body): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(text, { size })] });
}

export function blank(): Paragraph {
  return new Paragraph({ spacing: LINE, children: [run('')] });
}

/** A body paragraph: indented first line, justified. */
export function body(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, indent: { firstLine: INDENT_TWO_CHARACTERS }, children: [run(text)] });
}

/** 一、… in 黑体 */
export function heading(text: string): Paragraph {
  return new Paragraph({ spacing: LINE, indent: { firstLine: INDENT_TWO_CHARACTERS }, children: [run(text, { font: GOV_FONTS.heading })] });
}

/** （一）… in 楷体 */
export function subheading(text: string): Paragraph {
  return new Paragraph({ spacing: LINE, indent: { firstLine: INDENT_TWO_CHARACTERS }, children: [run(text, { font: GOV_FONTS.subheading })] });
}

/** The issuing unit and the date, right-aligned under the text, as a document is signed off. */
export function signature(unit: string, date: string): Paragraph[] {
  const line = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: INDENT_TWO_CHARACTERS * 2 }, children: [run(text)] });
  return [blank(), line(unit), line(date)];
}

/** Page number "— 1 —" in 宋体 四号 at the foot. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZES.small })],
      }),
    ],
  });
}

/** A section with the document margins and page numbers. */
export function govSection(children: ISectionOptions['children'], options: { landscape?: boolean } = {}): ISectionOptions {
  return {
    properties: {
      page: {
        margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
        ...(options.landscape ? { size: { orientation: 'landscape' as const } } : {}),
      },
    },
    footers: { default: pageFooter() },
    children,
  };
}
