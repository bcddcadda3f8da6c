import { group } from './checked';
import { CN_NUMERAL, parseNumeral } from './numerals';

// Heading markers in the order official documents nest them (GB/T 9704): 第一部分 > 一、 > （一） > 1. > （1） > ①;
// outline numbering (1 > 1.1 > 1.1.1, typed or Word's multilevel lists) nests below 1.
export type MarkerKind = 'part' | 'cn' | 'pcn' | 'ar' | 'dec2' | 'dec3' | 'par' | 'circled';

export const MARKER_RANK: Record<MarkerKind, number> = { part: 0, cn: 1, pcn: 2, ar: 3, dec2: 4, dec3: 5, par: 6, circled: 7 };

export interface Marker {
  kind: MarkerKind;
  /** The numeral as written (一, 12). */
  label: string;
  /** Its value, for telling a list's next item from the next heading. */
  value: number;
  /** The text after the marker. */
  rest: string;
}

const CN = `${CN_NUMERAL}{1,4}`;
const MARKER_PATTERNS: Array<[MarkerKind, RegExp]> = [
  ['part', new RegExp(`^第(${CN}|\\d{1,2})(?:部分|章|篇)[、：:．.\\s]*(.*)$`)],
  ['cn', new RegExp(`^(${CN})\\s*[、．.]\\s*(.*)$`)],
  ['pcn', new RegExp(`^[（(]\\s*(${CN})\\s*[）)][、．.]?\\s*(.*)$`)],
  // `(?!\d)` keeps amounts such as 1.5万元 from reading as item 1.
  ['ar', /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/],
  ['par', /^[（(]\s*(\d{1,4})\s*[）)]\s*(.*)$/],
  ['par', /^(\d{1,3})[）)]\s*(.*)$/],
];

// A unit right after a number makes it an amount (1.5万元, 3 个项目), not a heading.
const NOT_UNIT = '(?![万亿元千百%‰倍个台件人次项余米吨亩户年月日])';
// 1.1 and 1.1.1, optionally closed by 、 or a dot.
const DECIMAL = new RegExp(`^(\\d{1,2}(?:[.．]\\d{1,3}){1,2})(?![\\d.．])[、.．]?${NOT_UNIT}\\s*(.*)$`);
// "1 党的建设方面": the top of an outline may be a bare number and a space; read only in plans numbered 1.1.
const BARE_NUMBER = new RegExp(`^(\\d{1,2})\\s+${NOT_UNIT}(\\S.*)$`);

// What every marker starts with: most lines start otherwise and need no pattern tried.
const MARKER_START = new RegExp(`^(?:第|[（(\\d\\u2460-\\u2473]|${CN_NUMERAL})`);

function readOutlineMarker(text: string, bareNumbers: boolean): Marker | null {
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const written = group(decimal, 1);
    const label = written.includes('．') ? written.replace(/．/g, '.') : written;
    const last = label.lastIndexOf('.');
    const value = Number(label.slice(last + 1));
    return value > 0 ? { kind: label.indexOf('.') === last ? 'dec2' : 'dec3', label, value, rest: group(decimal, 2) } : null;
  }
  const bare = bareNumbers ? BARE_NUMBER.exec(text) : null;
  const value = bare ? Number(group(bare, 1)) : 0;
  return bare && value > 0 ? { kind: 'ar', label: group(bare, 1), value, rest: group(bare, 2) } : null;
}

/**
 * The numbering a line starts with, if any. `bareNumbers`: the plan numbers its outline 1.1, so "1 标题" is a
 * heading too.
 */
export function readMarker(text: string, bareNumbers = false): Marker | null {
  if (!MARKER_START.test(text)) return null;
  const outline = text.charCodeAt(0) <= 0x39 ? readOutlineMarker(text, bareNumbers) : null;
  if (outline) return outline;
  for (const [kind, pattern] of MARKER_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const label = group(match, 1);
    const value = parseNumeral(label);
    if (value) return { kind, label, value, rest: group(match, 2) };
  }
  const circled = text.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return { kind: 'circled', label: text.charAt(0), value: circled - 0x245f, rest: text.slice(1).trim() };
  return null;
}

export interface ProblemHeading {
  /** As written (1, 一); `*` when masked; null when the heading has no number. */
  number: string | null;
  rest: string;
  /** Words alone introduce it (存在问题：…): under a numbered heading it is that heading's 具体表现 instead. */
  wordOnly: boolean;
}

const NUM = `\\d{1,4}|${CN}|\\*+|[\\u2460-\\u2473]`;
// What may stand before 问题N: who raised it (反馈问题1：, 巡察反馈问题一：).
const RAISED_BY = '(?:巡察反馈|巡视反馈|审计反馈|反馈|巡察|巡视|审计|检视)?';
// Words that introduce a problem's statement: 问题, 问题描述, 存在问题 …
const WORD = '(?:问题(?:描述|内容)?|存在问题|反馈问题|具体问题|巡察问题)';
const PROBLEM_PATTERNS = [
  new RegExp(`^${RAISED_BY}问题\\s*[（(]?\\s*(${NUM})\\s*[）)]?(?:\\s*[：:、．.]|\\s)\\s*(.*)$`), // 问题1：  问题*：  问题一 …  反馈问题1：
  new RegExp(`^[（(]\\s*问题\\s*(${NUM})\\s*[）)]\\s*[：:、．.]?\\s*(.*)$`), // （问题1）
  new RegExp(`^[【[]问题\\s*(${NUM})?\\s*[】\\]]\\s*[：:]?\\s*(.*)$`), // 【问题1】
  new RegExp(`^第?(${NUM})\\s*(?:[、．.]|个)?\\s*${WORD}\\s*[：:]\\s*(.*)$`), // 1．问题：  第一个问题：  1.问题描述：
  new RegExp(`^[（(]\\s*(${NUM})\\s*[）)]\\s*${WORD}\\s*[：:]\\s*(.*)$`), // （一）问题：
];
const WORD_ONLY = new RegExp(`^${WORD}\\s*[：:]\\s*(.*)$`); // 问题：  存在问题：

/** A problem named as such (问题N：, 1．问题：); plain numbered headings are told apart by the layout. */
export function readProblemHeading(text: string): ProblemHeading | null {
  // Every pattern names the problem: most lines do not and are done here.
  if (!text.includes('问题')) return null;
  for (const pattern of PROBLEM_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return { number: match[1] || null, rest: group(match, 2), wordOnly: false };
  }
  const wordOnly = WORD_ONLY.exec(text);
  return wordOnly ? { number: null, rest: group(wordOnly, 1), wordOnly: true } : null;
}

// An unnumbered line that names an aspect: "政治建设方面" or "【遵守纪律方面存在的问题】".
const PLAIN_ASPECT = /^[【[]?([^。；;：:，,]{2,40}?方面)(?:存在的?问题|的?问题)?[】\]]?[：:]?$/;

export function readPlainAspect(text: string): string | null {
  return PLAIN_ASPECT.exec(text)?.[1] ?? null;
}

// Parts of a plan that frame the tasks (总体要求, 整改要求 …): never an aspect, whatever their numbering.
const FRAME_SECTION =
  /^(?:总体要求|指导思想|目标任务|工作目标|整改目标|基本原则|工作原则|整改任务|主要任务|整改内容|问题清单|整改要求|工作要求|保障措施|组织保障|组织领导|工作步骤|方法步骤|步骤安排|时间安排|进度安排|工作安排)(?:$|[。：:，,；;])/;

export function isFrameSection(rest: string): boolean {
  return FRAME_SECTION.test(rest);
}
