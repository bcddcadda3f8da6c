import { formatDate, daysInMonth, isValidDate } from './calendar';
import type { CalendarDate } from './calendar';
import { group } from './checked';
import { CN_NUMERAL, parseNumeral } from './numerals';
import type { PlanDeadline } from './schema';
import { tidyText } from './values';

// 整改时限 as written → {immediate, longTerm, months, date, text}. The kinds stack: "立行立改，3个月内完成，并长期坚持"
// is all three. `months` stays a count (the import counts it from the plan date); dates become YYYY-MM-DD.

export type DeadlineIssueCode =
  | 'MISSING_DEADLINE'
  | 'UNKNOWN_MONTHS'
  | 'UNKNOWN_DATE'
  | 'INVALID_DATE'
  | 'DATE_NEEDS_PLAN_DATE'
  | 'DEADLINE_UNRECOGNISED';

export interface DeadlineIssue {
  code: DeadlineIssueCode;
  detail: string;
}

const IMMEDIATE = /即知即改|立行立改|立改立行|马上就改|立即整改|即时整改|即查即改|立查立改|边查边改|即日起/;

/** The plan's own words for "at once" (即知即改, 立查立改 …), so every screen says what the plan wrote; 立行立改 when it wrote none. */
export function immediateWords(text: string | null): string {
  return IMMEDIATE.exec(text ?? '')?.[0] ?? '立行立改';
}
// Periodic work (每季度, 每月) has no end: it is kept up, like 长期坚持.
const LONG_TERM = /长期|常态化|持续(?:整改|推进|开展|抓好|巩固|深化)|久久为功|每(?:周|月|季度?|半年|年)|定期|逐月|按季度?/;
const DONE = /已(?:经)?(?:整改)?(?:完成|办结|到位|整改到位|整改完毕)|已整改/;

const MONTHS = new RegExp(`(\\d{1,2}|${CN_NUMERAL}{1,3}|\\*+)\\s*个\\s*月`);
// 每半年 is periodic (long-term), not six months.
const HALF_YEAR = /(?<![上下每])半年/;
const YEARS = new RegExp(`(?<![\\d*])(\\d|[一两二三])\\s*年(?:内|以内|之内)`);
// A date with a figure replaced by *: *年*月*日, 2026年*月底 …
const DATE_LIKE = /[\d*]+\s*年(?:\s*[\d*]+\s*月)?(?:\s*[\d*]+\s*[日号]|\s*(?:底|末))?|[\d*]+\s*月(?:\s*[\d*]+\s*[日号]|\s*(?:底|末))/g;

type Resolve = (match: RegExpMatchArray) => CalendarDate | null;
const endOfMonth = (year: number, month: number): CalendarDate => ({
  year,
  month,
  day: month >= 1 && month <= 12 ? daysInMonth(year, month) : 1,
});

// 上旬/中旬/下旬: done by the 10th, the 20th, the month's end.
const tenDaysEnd = (year: number, month: number, part: string): CalendarDate =>
  part === '下' ? endOfMonth(year, month) : { year, month, day: part === '上' ? 10 : 20 };

// 春节 by the lunar calendar, the day itself; "春节前" is the day before it.
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2020: [1, 25], 2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17], 2027: [2, 6],
  2028: [1, 26], 2029: [2, 13], 2030: [2, 3], 2031: [1, 23], 2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8],
};
const dayBefore = ({ year, month, day }: CalendarDate): CalendarDate =>
  day > 1 ? { year, month, day: day - 1 } : month > 1 ? endOfMonth(year, month - 1) : { year: year - 1, month: 12, day: 31 };
const festivalEve = (year: number, festival: string): CalendarDate | null => {
  if (festival === '元旦') return { year: year - 1, month: 12, day: 31 };
  if (festival === '国庆' || festival === '国庆节') return { year, month: 9, day: 30 };
  const spring = SPRING_FESTIVAL[year];
  return spring ? dayBefore({ year, month: spring[0], day: spring[1] }) : null;
};
const FESTIVAL = '(春节|元旦|国庆节?)';
// A quarter by its number (第三季度, 三季度末, 2025年第4季度): done by the end of its last month.
const QUARTER = '第?([一二三四1-4])\\s*季度(?:末|底)?';
const quarterEnd = (year: number, quarter: string) => endOfMonth(year, (parseNumeral(quarter) ?? 0) * 3);

// Written with a year; 2026年6月(底)(前) is the end of that month. Each match is blanked before the next pattern
// runs, so 2026年6月30日 is read once.
const DATED: Array<[RegExp, Resolve]> = [
  [/(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => ({ year: +group(m, 1), month: +group(m, 2), day: +group(m, 3) })],
  [/(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g, (m) => ({ year: +group(m, 1), month: +group(m, 2), day: +group(m, 3) })],
  [/(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*([上中下])旬/g, (m) => tenDaysEnd(+group(m, 1), +group(m, 2), group(m, 3))],
  [/(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g, (m) => endOfMonth(+group(m, 1), +group(m, 2))],
  [/(?<!\d)(\d{4})\s*年\s*(上|下)半年/g, (m) => endOfMonth(+group(m, 1), group(m, 2) === '上' ? 6 : 12)],
  [/(?<!\d)(\d{4})\s*年\s*(?:年?底|年?末|内|全年)/g, (m) => endOfMonth(+group(m, 1), 12)],
  [new RegExp(`(?<!\\d)(\\d{4})\\s*年\\s*${FESTIVAL}(?:前|之前|以前)`, 'g'), (m) => festivalEve(+group(m, 1), group(m, 2))],
  [new RegExp(`(?<!\\d)(\\d{4})\\s*年\\s*${QUARTER}`, 'g'), (m) => quarterEnd(+group(m, 1), group(m, 2))],
];

// Written without a year (6月底前, 年底前): the year is the plan's; a day already past in that year means the next.
type ResolveInYear = (match: RegExpMatchArray, year: number) => CalendarDate | null;
const YEARLESS: Array<[RegExp, ResolveInYear]> = [
  [/(?<![\d*])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m, year) => ({ year, month: +group(m, 1), day: +group(m, 2) })],
  [/(?<![\d*])(\d{1,2})\s*月\s*([上中下])旬/g, (m, year) => tenDaysEnd(year, +group(m, 1), group(m, 2))],
  [/(?<![\d*])(\d{1,2})\s*月\s*(?:底|末|前|份)/g, (m, year) => endOfMonth(year, +group(m, 1))],
  [/(上|下)半年/g, (m, year) => endOfMonth(year, group(m, 1) === '上' ? 6 : 12)],
  [/(?<![\d*半一二两三四五六七八九十])年度?\s*(?:底|末|内)/g, (_m, year) => endOfMonth(year, 12)],
  [new RegExp(`${FESTIVAL}(?:前|之前|以前)`, 'g'), (m, year) => festivalEve(year, group(m, 1))],
  [new RegExp(`(?<![每按])${QUARTER}`, 'g'), (m, year) => quarterEnd(year, group(m, 1))],
];

const before = (a: CalendarDate, b: CalendarDate) => formatDate(a) < formatDate(b);

function readMonths(text: string, issues: DeadlineIssue[]): number | null {
  const months = MONTHS.exec(text);
  if (months) {
    const count = parseNumeral(group(months, 1));
    if (count) return count;
    issues.push({ code: 'UNKNOWN_MONTHS', detail: months[0] });
    return null;
  }
  if (HALF_YEAR.test(text)) return 6;
  const years = YEARS.exec(text);
  return years ? (parseNumeral(group(years, 1)) ?? 0) * 12 || null : null;
}

/** Every match of a /g pattern, or null when it finds none (most patterns): exec on the pattern itself, since
 * matchAll would copy it for every call. */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] | null {
  pattern.lastIndex = 0;
  const first = pattern.exec(text);
  if (!first) return null;
  const matches = [first];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

function keepDate(date: CalendarDate | null, match: RegExpExecArray, found: CalendarDate[], issues: DeadlineIssue[]): void {
  if (date && isValidDate(date)) found.push(date);
  else if (date) issues.push({ code: 'INVALID_DATE', detail: match[0] });
}

const FOUR_DIGITS = /\d{4}/;

/** The text with each match (all of one pattern's, in order) blanked: positions stay, nothing is read twice. */
function blankOut(text: string, matches: RegExpExecArray[]): string {
  let blanked = '';
  let from = 0;
  for (const match of matches) {
    blanked += text.slice(from, match.index) + ' '.repeat(match[0].length);
    from = match.index + match[0].length;
  }
  return blanked + text.slice(from);
}

// Each pattern's matches are blanked before the next runs; module-level steps, no closures per deadline read.
function readDate(text: string, planDate: CalendarDate | null, issues: DeadlineIssue[]): string | null {
  const found: CalendarDate[] = [];
  let rest = text;
  // Every pattern written with a year has its four digits.
  if (FOUR_DIGITS.test(text)) {
    for (const [pattern, resolve] of DATED) {
      const matches = matchesOf(pattern, rest);
      if (!matches) continue;
      for (const match of matches) keepDate(resolve(match), match, found, issues);
      rest = blankOut(rest, matches);
    }
  }
  // Only a date with a * in it is masked: text without one needs no look.
  const masked = rest.includes('*') ? [...rest.matchAll(DATE_LIKE)].find((match) => match[0].includes('*')) : undefined;
  if (masked) {
    issues.push({ code: 'UNKNOWN_DATE', detail: masked[0] });
    rest = rest.replace(masked[0], ' '.repeat(masked[0].length));
  }
  let needsYear = false;
  for (const [pattern, resolve] of YEARLESS) {
    const matches = matchesOf(pattern, rest);
    if (!matches) continue;
    needsYear = !planDate;
    if (planDate) {
      for (const match of matches) {
        const date = resolve(match, planDate.year);
        keepDate(date && isValidDate(date) && before(date, planDate) ? resolve(match, planDate.year + 1) : date, match, found, issues);
      }
    }
    rest = blankOut(rest, matches);
  }
  if (needsYear) issues.push({ code: 'DATE_NEEDS_PLAN_DATE', detail: text });
  // Several dates (阶段性 then 全面完成): the plan is done by the last one.
  const dates = found.map(formatDate).sort();
  return dates[dates.length - 1] ?? null;
}

export function parseDeadline(raw: string, planDate: CalendarDate | null): { deadline: PlanDeadline; issues: DeadlineIssue[] } {
  const text = tidyText(raw);
  const issues: DeadlineIssue[] = [];
  if (text === '') {
    issues.push({ code: 'MISSING_DEADLINE', detail: '' });
    return { deadline: { immediate: false, longTerm: false, months: null, date: null, text: null }, issues };
  }
  const deadline: PlanDeadline = {
    immediate: IMMEDIATE.test(text),
    longTerm: LONG_TERM.test(text),
    months: readMonths(text, issues),
    date: readDate(text, planDate, issues),
    text,
  };
  if (DONE.test(text)) deadline.done = true;
  const recognised = deadline.immediate || deadline.longTerm || deadline.done === true || deadline.months !== null || deadline.date !== null;
  if (!recognised && issues.length === 0) issues.push({ code: 'DEADLINE_UNRECOGNISED', detail: text });
  return { deadline, issues };
}
