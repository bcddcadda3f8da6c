import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { readMarker } from '../../core/plan/headings';
import { readLabel } from '../../core/plan/labels';
import { toChineseNumeral } from '../../core/plan/numerals';
import { docxFitsInflated } from './docx-size';

// A .docx read as Word shows it, from its OOXML: paragraphs with the numbers Word draws from numbering.xml
// (一、 （一） 1. ①, counted per list and level, restarted where the document restarts them), heading levels from
// styles (an unnumbered 标题 1/标题 2 gets the number its level has in an official document), bold labels, and
// tables with merged cells filled in. Mammoth's model keeps only "ordered list, level n" and loses the number's
// format, so a plan numbered by Word would lose the difference between its aspects, problems and measures.
// Output: the lines the plan parser reads, a table row as one line of tab-separated cells.

/** A plan's .docx is text and a few images: far below this once inflated. A zip bomb is far above; it is refused unread. */
export const DOCX_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

/** Why a .docx could not be read; the reader's caller turns it into the message people see. */
export class DocxReadError extends Error {
  constructor(readonly reason: 'damaged' | 'too-large') {
    super(reason);
  }
}

// ---- numbering.xml: what number Word draws before a list paragraph ----

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → its abstract list and the levels it restarts (startOverride). */
  nums: Map<string, { abstract: string; restarts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const childrenOf = (node: Element | null | undefined, name?: string): Element[] => {
  const found: Element[] = [];
  if (!node) return found;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (name === undefined || (child as Element).localName === name)) found.push(child as Element);
  }
  return found;
};
const childOf = (node: Element | null | undefined, name: string): Element | null => childrenOf(node, name)[0] ?? null;
const valOf = (node: Element | null | undefined): string | null => (node ? node.getAttributeNS(W, 'val') || node.getAttribute('w:val') : null);
const intOf = (node: Element | null | undefined, fallback: number): number => {
  const value = Number(valOf(node));
  return Number.isFinite(value) && valOf(node) !== null ? value : fallback;
};

function readNumbering(root: Element | null): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  for (const abstract of childrenOf(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const level of childrenOf(abstract, 'lvl')) {
      levels.set(Number(level.getAttributeNS(W, 'ilvl') || level.getAttribute('w:ilvl') || 0), {
        start: intOf(childOf(level, 'start'), 1),
        format: valOf(childOf(level, 'numFmt')) ?? 'decimal',
        text: valOf(childOf(level, 'lvlText')) ?? '',
      });
    }
    numbering.abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') || abstract.getAttribute('w:abstractNumId') || '', levels);
  }
  for (const num of childrenOf(root, 'num')) {
    const restarts = new Map<number, number>();
    for (const override of childrenOf(num, 'lvlOverride')) {
      const start = childOf(override, 'startOverride');
      if (start) restarts.set(Number(override.getAttributeNS(W, 'ilvl') || override.getAttribute('w:ilvl') || 0), intOf(start, 1));
    }
    numbering.nums.set(num.getAttributeNS(W, 'numId') || num.getAttribute('w:numId') || '', { abstract: valOf(childOf(num, 'abstractNumId')) ?? '', restarts });
  }
  return numbering;
}

const CIRCLED_FIRST = 0x2460;
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, letters] of ROMAN) {
    for (; rest >= value; rest -= value) text += letters;
  }
  return text;
}
const letter = (n: number) => String.fromCharCode(64 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter as Word writes it in a level's format (w:numFmt). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return n >= 1 && n <= 99 ? toChineseNumeral(n) : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_FIRST + n - 1) : String(n);
    case 'ideographTraditional':
      return STEMS[(n - 1) % STEMS.length] ?? String(n);
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** Counts list paragraphs as Word does: per abstract list, a level's count going on until a higher level resets it. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  next(numId: string, level: number): string {
    const num = this.numbering.nums.get(numId);
    const levels = num ? this.numbering.abstracts.get(num.abstract) : undefined;
    if (!num || !levels) return '';
    const counts = this.counts.get(num.abstract) ?? [];
    if (!this.started.has(numId)) {
      // A list that restarts its numbering (a new w:num with startOverride) begins again there.
      this.started.add(numId);
      for (const [restartLevel, start] of num.restarts) {
        counts.length = Math.min(counts.length, restartLevel);
        counts[restartLevel] = start - 1;
      }
    }
    const own = levels.get(level);
    counts[level] = (counts[level] ?? (own?.start ?? 1) - 1) + 1;
    counts.length = level + 1;
    this.counts.set(num.abstract, counts);
    if (!own || own.format === 'bullet' || own.format === 'none') return '';
    return own.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const at = Number(digit) - 1;
      const format = levels.get(at)?.format ?? 'decimal';
      return formatNumber(counts[at] ?? levels.get(at)?.start ?? 1, format);
    });
  }
}

// ---- styles.xml: numbering carried by a paragraph style ----

interface StyleNumbering {
  numId: string | null;
  level: number | null;
  /** The heading level (0 for 标题 1), from the style's outline level or its name "heading N". */
  outline: number | null;
  basedOn: string | null;
}

/** A paragraph's own or its style's outline level: w:outlineLvl, 0-based; 9 means body text. */
const outlineOf = (properties: Element | null): number | null => {
  const level = childOf(properties, 'outlineLvl');
  return level ? intOf(level, 9) : null;
};

function readStyles(root: Element | null): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const style of childrenOf(root, 'style')) {
    const properties = childOf(style, 'pPr');
    const numPr = childOf(properties, 'numPr');
    const named = /^heading\s*([1-9])$/i.exec(valOf(childOf(style, 'name')) ?? '');
    styles.set(style.getAttributeNS(W, 'styleId') || style.getAttribute('w:styleId') || '', {
      numId: valOf(childOf(numPr, 'numId')),
      level: numPr && childOf(numPr, 'ilvl') ? intOf(childOf(numPr, 'ilvl'), 0) : null,
      outline: outlineOf(properties) ?? (named ? Number(named[1]) - 1 : null),
      basedOn: valOf(childOf(style, 'basedOn')),
    });
  }
  return styles;
}

// An unnumbered heading's line starts with this mark and its level until the document's headings are numbered.
const HEADING_MARK = '\uE000';
// Official documents number their levels 一、 > （一） > 1. > （1） (GB/T 9704).
const LEVEL_NUMBERS = [(n: number) => `${toChineseNumeral(n)}、`, (n: number) => `（${toChineseNumeral(n)}）`, (n: number) => `${n}.`, (n: number) => `（${n}）`];

/**
 * Numbers the unnumbered headings by their levels, counted in document order. The levels used are numbered from the
 * top; a top level used once, first, is the document's title and stays unnumbered.
 */
function numberHeadings(lines: string[]): string[] {
  const levels = lines.filter((line) => line.startsWith(HEADING_MARK)).map((line) => Number(line[1]));
  const [first] = levels;
  if (first === undefined) return lines;
  const used = [...new Set(levels)].sort((a, b) => a - b);
  const title = used.length > 1 && first === used[0] && levels.filter((level) => level === first).length === 1 ? first : null;
  const depthOf = new Map(used.filter((level) => level !== title).map((level, depth) => [level, depth]));
  const counts: number[] = [];
  return lines.map((line) => {
    if (!line.startsWith(HEADING_MARK)) return line;
    const text = line.slice(2);
    const depth = depthOf.get(Number(line[1]));
    const numberAt = depth === undefined ? undefined : LEVEL_NUMBERS[depth];
    if (depth === undefined || !numberAt) return text;
    const count = (counts[depth] ?? 0) + 1;
    counts[depth] = count;
    counts.length = depth + 1;
    // A heading that typed its own number keeps it; it still counts.
    return readMarker(text) ? text : `${numberAt(count)}${text}`;
  });
}

// ---- document.xml ----

/** Text of a run or a container of runs, in document order; deleted and hidden text is not what Word shows. */
function textOf(node: Element, bold: { prefix: string; done: boolean }, tab: string): string {
  let text = '';
  for (const child of childrenOf(node)) {
    const name = child.localName;
    if (name === 'del' || name === 'rPr' || name === 'pPr' || name === 'instrText' || name === 'delText') continue;
    if (name === 'r') {
      const properties = childOf(child, 'rPr');
      if (childOf(properties, 'vanish')) continue;
      const boldRun = childOf(properties, 'b') !== null && valOf(childOf(properties, 'b')) !== '0' && valOf(childOf(properties, 'b')) !== 'false';
      const own = textOf(child, bold, tab);
      if (!bold.done && own.trim() !== '') {
        if (boldRun) bold.prefix += own;
        else bold.done = true;
      }
      text += own;
    } else if (name === 't') text += child.textContent ?? '';
    else if (name === 'tab') text += tab;
    else if (name === 'br' || name === 'cr') text += '\n';
    else if (name === 'noBreakHyphen') text += '-';
    else text += textOf(child, bold, tab);
  }
  return text;
}

class DocumentReader {
  private readonly counter: ListCounter;

  constructor(
    numbering: Numbering,
    private readonly styles: Map<string, StyleNumbering>,
  ) {
    this.counter = new ListCounter(numbering);
  }

  /** The outline level of a paragraph: its own w:outlineLvl, else its style's (or a style it is based on). */
  private outlineLevel(properties: Element | null): number | null {
    const own = outlineOf(properties);
    if (own !== null) return own;
    const seen = new Set<string>();
    for (let id = valOf(childOf(properties, 'pStyle')); id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const outline = this.styles.get(id)?.outline;
      if (outline !== null && outline !== undefined) return outline;
    }
    return null;
  }

  private styleNumbering(styleId: string | null): { numId: string | null; level: number } {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const style = this.styles.get(id);
      if (style?.numId) return { numId: style.numId, level: style.level ?? 0 };
    }
    return { numId: null, level: 0 };
  }

  /** One paragraph's lines: its number put back, and a colon after a bold label (整改措施 一是…). */
  paragraph(node: Element, inCell: boolean): string[] {
    const properties = childOf(node, 'pPr');
    const numPr = childOf(properties, 'numPr');
    const fromStyle = this.styleNumbering(valOf(childOf(properties, 'pStyle')));
    const numId = numPr && childOf(numPr, 'numId') ? valOf(childOf(numPr, 'numId')) : fromStyle.numId;
    const level = numPr && childOf(numPr, 'ilvl') ? intOf(childOf(numPr, 'ilvl'), 0) : fromStyle.level;
    const bold = { prefix: '', done: false };
    // Inside a table a tab would split the cell; elsewhere the parser reads it as a space.
    let text = textOf(node, bold, inCell ? ' ' : '\t');
    const label = bold.prefix.trim();
    if (bold.done && label !== '' && !/[：:]$/.test(label) && readLabel(`${label}：`)?.value === '') {
      const at = text.indexOf(label) + label.length;
      text = `${text.slice(0, at)}：${text.slice(at)}`;
    }
    const number = numId && numId !== '0' && text.trim() !== '' ? this.counter.next(numId, level) : '';
    const outline = number === '' && !inCell ? this.outlineLevel(properties) : null;
    const heading = outline !== null && outline < 9 ? `${HEADING_MARK}${outline}` : '';
    return `${heading}${number}${text.trim()}`.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== heading);
  }

  /** Block content (the body, a cell, a content control) → lines; tables → tab-separated rows. */
  blocks(node: Element, inCell: boolean): string[] {
    const lines: string[] = [];
    for (const child of childrenOf(node)) {
      if (child.localName === 'p') lines.push(...this.paragraph(child, inCell));
      else if (child.localName === 'tbl') {
        const rows = this.table(child);
        // A table inside a cell stays inside that cell, one row per line.
        lines.push(...(inCell ? rows.map((row) => row.replace(/\t/g, ' ')) : rows));
      } else if (child.localName === 'sdt') lines.push(...this.blocks(childOf(child, 'sdtContent') ?? child, inCell));
      else if (child.localName === 'customXml' || child.localName === 'ins') lines.push(...this.blocks(child, inCell));
    }
    return lines;
  }

  /** Rows with every grid column filled: a merged-across cell leaves empty cells, a merged-down one repeats above. */
  private table(node: Element): string[] {
    const above = new Map<number, string>();
    const rows: string[] = [];
    for (const row of childrenOf(node, 'tr')) {
      const cells: string[] = [];
      const skip = intOf(childOf(childOf(row, 'trPr'), 'gridBefore'), 0);
      for (let i = 0; i < skip; i += 1) cells.push('');
      for (const cell of childrenOf(row, 'tc')) {
        const properties = childOf(cell, 'tcPr');
        const span = Math.max(1, intOf(childOf(properties, 'gridSpan'), 1));
        const merge = childOf(properties, 'vMerge');
        const column = cells.length;
        let text = this.blocks(cell, true).join('\n');
        if (merge && valOf(merge) !== 'restart') text = above.get(column) ?? '';
        else above.set(column, text);
        cells.push(text);
        for (let i = 1; i < span; i += 1) cells.push('');
      }
      rows.push(cells.join('\t'));
    }
    return rows;
  }
}

const parseXml = (xml: string): Element | null => {
  let failed = false;
  const errorHandler = (level: string) => {
    if (level === 'fatalError') failed = true;
  };
  const document = new DOMParser({ errorHandler }).parseFromString(xml, 'text/xml');
  if (failed) throw new DocxReadError('damaged');
  return document.documentElement as unknown as Element | null;
};

/** The lines of a .docx as Word shows them. Throws DocxReadError for a damaged file or one over the size limit. */
export async function readDocxLines(bytes: Uint8Array): Promise<string[]> {
  // What the zip declares can lie: what it really inflates to is checked, with a cap, before JSZip unpacks anything.
  const size = docxFitsInflated(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), DOCX_MAX_UNCOMPRESSED_BYTES);
  if (size !== 'fits') throw new DocxReadError(size);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError('damaged');
  }
  const part = async (path: string) => {
    const file = zip.file(path);
    return file ? parseXml(await file.async('string')) : null;
  };
  const document = await part('word/document.xml');
  const body = childOf(document, 'body');
  if (!body) throw new DocxReadError('damaged');
  const reader = new DocumentReader(readNumbering(await part('word/numbering.xml')), readStyles(await part('word/styles.xml')));
  return numberHeadings(reader.blocks(body, false));
}
