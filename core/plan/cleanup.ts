import { readMarker, readPlainAspect, readProblemHeading } from './headings';
import { readLabel } from './labels';
import type { SourceLine } from './normalize';
import { findTableSpans } from './tables';

// Text copied out of a PDF or a WeChat article: lines broken where the page was narrow, page numbers
// (— 3 —, - 2 -, 第 3 页) and the plan's title repeated at the top of each page. Put back before parsing.

// A page number alone on its line: — 3 —, - 2 -, ·2·, 第 3 页 (共 9 页), 3/9, or the bare figure.
const PAGE_NUMBER =
  /^(?:[-—–－─]+\s*\d{1,4}\s*[-—–－─]+|[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,3})$/;
// The document's own title stands among its first lines.
const OPENING_LINES = 6;
// A sentence, or a label or heading, is complete at these; a line ending otherwise may go on in the next.
const COMPLETE_END = /[。；;！？!?：:）)】》”"」』…]/;
const SENTENCE_INSIDE = /[，,、；;。]/;
// A broken line is a full line of the page: shorter ones ended where the writer ended them.
const MIN_BROKEN_LENGTH = 14;
const MIN_HEADER_REPEATS = 2;
const MAX_HEADER_LENGTH = 60;

export interface CleanedLines {
  lines: SourceLine[];
  /** How many line breaks inside a sentence were joined, and how many page furniture lines were dropped. */
  joined: number;
  dropped: number;
}

const isTableLine = (text: string) => text.includes('\t') || text.includes('|');

/** Starts something of its own: a heading, a label, a numbered item or a problem. */
const startsBlock = (text: string) =>
  readMarker(text) !== null || readLabel(text) !== null || readProblemHeading(text) !== null || readPlainAspect(text) !== null || /^[①-⑳]|^[一二三四五六七八九十]+是/.test(text);

/** A line repeated on several pages that says nothing of a problem: the running header or footer. */
function runningHeaders(lines: SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    if (text.length > MAX_HEADER_LENGTH || isTableLine(text) || SENTENCE_INSIDE.test(text) || /[：:]/.test(text) || startsBlock(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_HEADER_REPEATS).map(([text]) => text));
}

export function cleanPastedLines(source: SourceLine[]): CleanedLines {
  const headers = runningHeaders(source);
  const seen = new Set<string>();
  let dropped = 0;
  const kept: SourceLine[] = [];
  for (const line of source) {
    if (PAGE_NUMBER.test(line.text)) {
      dropped += 1;
      continue;
    }
    // A repeated line's first time among the opening lines is the document's own (its title); others are furniture.
    if (headers.has(line.text) && (seen.has(line.text) || kept.length >= OPENING_LINES)) {
      dropped += 1;
      continue;
    }
    if (headers.has(line.text)) seen.add(line.text);
    kept.push(line);
  }
  // A table's cells keep their own paragraphs: each may be one item of a list. Tables are looked for only when a
  // line could be joined at all: a plan of tab or | rows never needs them.
  let inTable: Set<number> | null = null;
  const tableLines = () => {
    if (inTable) return inTable;
    inTable = new Set<number>();
    for (const { start, end } of findTableSpans(kept)) for (let i = start; i < end; i += 1) inTable.add(i);
    return inTable;
  };
  let joined = 0;
  // The paragraph being put back together, kept in pieces: joining them once at the end keeps this linear. A line
  // that is a paragraph by itself (most are) is kept as it is.
  const lines: SourceLine[] = [];
  // The last paragraph: its first line, its pieces once a broken line joined it, and the text it ends with.
  let last: SourceLine | null = null;
  let pieces: string[] | null = null;
  let lastText = '';
  let sentence = false;
  let length = 0;
  const endParagraph = () => {
    if (last && pieces) lines[lines.length - 1] = { no: last.no, text: pieces.join('') };
  };
  kept.forEach((line, index) => {
    const broken =
      last !== null &&
      length >= MIN_BROKEN_LENGTH &&
      sentence &&
      !COMPLETE_END.test(lastText.slice(-1)) &&
      !isTableLine(lastText) &&
      !isTableLine(line.text) &&
      !startsBlock(line.text) &&
      !tableLines().has(index) &&
      !tableLines().has(index - 1);
    if (broken) {
      (pieces ??= [lastText]).push(line.text);
      lastText = line.text;
      length += line.text.length;
      sentence ||= SENTENCE_INSIDE.test(line.text);
      joined += 1;
      return;
    }
    endParagraph();
    pieces = null;
    last = line;
    lastText = line.text;
    lines.push(line);
    sentence = SENTENCE_INSIDE.test(line.text);
    length = line.text.length;
  });
  endParagraph();
  return { lines, joined, dropped };
}
