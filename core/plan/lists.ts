import { joinLines } from './normalize';
import type { SourceLine } from './normalize';
import { toChineseNumeral } from './numerals';
import { tidyText } from './values';

// Enumerated items (整改措施, 具体表现) however a plan numbers them: 一是…二是…, 第一，, 1. 1．1、, （1）(1) 1）,
// （一）, ①, 措施1：; on one line or many. Items are found in sequence (1, then 2 after it …), so a stray "3、" inside
// a sentence is not a marker unless 1 and 2 came before it.

type Family = (n: number) => { pattern: RegExp; needsBoundary: boolean } | null;

// Ordinals in words (一是 … 九十九是) and circled numbers (① … ⑳) end where their writing does.
const MAX_WORDS = 99;
const MAX_CIRCLED = 20;

const FAMILIES: Family[] = [
  (n) => (n > MAX_WORDS ? null : { pattern: new RegExp(`${toChineseNumeral(n)}是`, 'g'), needsBoundary: true }),
  (n) => (n > MAX_WORDS ? null : { pattern: new RegExp(`第${toChineseNumeral(n)}[，,、：:]`, 'g'), needsBoundary: true }),
  (n) => ({ pattern: new RegExp(`${n}[.．、](?!\\d)`, 'g'), needsBoundary: true }),
  (n) => ({ pattern: new RegExp(`[（(]${n}[）)]`, 'g'), needsBoundary: true }),
  (n) => ({ pattern: new RegExp(`(?<![（(])${n}[）)]`, 'g'), needsBoundary: true }),
  (n) => (n > MAX_WORDS ? null : { pattern: new RegExp(`[（(]${toChineseNumeral(n)}[）)]`, 'g'), needsBoundary: true }),
  (n) => (n > MAX_CIRCLED ? null : { pattern: new RegExp(String.fromCharCode(0x245f + n), 'g'), needsBoundary: false }),
  // 措施1： / 措施一：
  (n) => ({ pattern: new RegExp(`措施\\s*(?:${n}${n > MAX_WORDS ? '' : `|${toChineseNumeral(n)}`})\\s*[：:、．.]`, 'g'), needsBoundary: true }),
];

const MAX_ITEMS = 999;
const NUMBERING = /[0-9一二三四五六七八九十\u2460-\u2473]/;
const BOUNDARY = /[\n。；;，,：:！？!?\s）)”"》」』】]/;

interface Span {
  start: number;
  end: number;
}

// Built once per family and number: a plan has thousands of lists, each looking for its 1, 2, 3 …
const BUILT = new Map<Family, Map<number, ReturnType<Family>>>();
function markerOf(family: Family, n: number): ReturnType<Family> {
  let built = BUILT.get(family);
  if (!built) BUILT.set(family, (built = new Map()));
  if (!built.has(n)) built.set(n, family(n));
  return built.get(n) ?? null;
}

function findMarker(text: string, family: Family, n: number, from: number): Span | null {
  const marker = markerOf(family, n);
  if (!marker) return null;
  const { pattern, needsBoundary } = marker;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!needsBoundary || match.index === 0 || BOUNDARY.test(text.charAt(match.index - 1))) {
      return { start: match.index, end: match.index + match[0].length };
    }
  }
  return null;
}

function markersOf(text: string, family: Family): Span[] {
  const spans: Span[] = [];
  for (let n = 1; n <= MAX_ITEMS; n += 1) {
    const span = findMarker(text, family, n, spans[spans.length - 1]?.end ?? 0);
    if (!span) break;
    spans.push(span);
  }
  // One marker counts only when it opens the text ("1.加强学习"); elsewhere it is likely just a figure.
  return spans.length >= 2 || spans[0]?.start === 0 ? spans : [];
}

/** The family whose first marker comes earliest wins; a tie goes to the one with more items. */
function bestMarkers(text: string): Span[] {
  let best: Span[] = [];
  for (const family of FAMILIES) {
    const spans = markersOf(text, family);
    const first = spans[0];
    if (!first) continue;
    const bestFirst = best[0];
    if (!bestFirst || first.start < bestFirst.start || (first.start === bestFirst.start && spans.length > best.length)) best = spans;
  }
  return best;
}

// Unnumbered items marked by a symbol (● ◆ ■ ▲ ★ ※ · or a dash and a space), as WeChat articles and slides write them.
const BULLET = /^\s*(?:[●•◆◇■□▪▫▲△►▶★☆※○◎·]|[-–]\s)\s*/;

const joinWrapped = (text: string) => tidyText(text.replace(/\n/g, ''));

/** Each line one item, tidied: an array of its size (the plan keeps it), filtered only when a line tidied away. */
function paragraphs(lines: SourceLine[]): string[] {
  const items = lines.map((line) => tidyText(line.text.replace(BULLET, '')));
  return items.includes('') ? items.filter((item) => item !== '') : items;
}

/** The items of a list field; without any numbering each paragraph (line) is one item. */
export function splitList(lines: SourceLine[]): string[] {
  if (lines.length === 0) return [];
  const text = joinLines(lines, '\n');
  // Every marker has a figure, a numeral or a circled number: text without one has no list markers to look for.
  const spans = NUMBERING.test(text) ? bestMarkers(text) : [];
  const first = spans[0];
  if (!first) return paragraphs(lines);
  // Each item runs from the end of its marker to the next marker, or the end of the text.
  const items = spans.map((span, i) => joinWrapped(text.slice(span.end, spans[i + 1]?.start ?? text.length)));
  // A lead-in ("针对上述问题，采取以下措施：") is not an item; a sentence before the numbering is.
  const intro = text.slice(0, first.start).trim();
  if (intro !== '' && !/[：:，,]$/.test(intro)) items.unshift(joinWrapped(intro));
  return items.filter((item) => item !== '');
}
