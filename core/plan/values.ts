// Single values of a problem: text tidying, masks, the leader and the department list.

import { group } from './checked';

/** Desensitised copies replace names and figures with `*` (full-width ＊ is folded to * on reading). */
export function isMasked(text: string): boolean {
  return text.includes('*');
}

function count(text: string, chars: string): number {
  let found = 0;
  for (const ch of text) if (chars.includes(ch)) found += 1;
  return found;
}

// Module-level: a literal in tidyText would be a new RegExp object at every call.
const SPACE = /\s/;
const SPACE_RUN = /\s+/g;
const LEADING_SEPARATORS = /^[\s：:，,；;、。]+/;
const TRAILING_SEPARATORS = ' 。；;，,、.．';
const OPENING_BRACKETS = '（(';
const CLOSING_BRACKETS = '）)';
const LEADING_CHARS = '：:，,；;、。';
const TRAILING_CHARS = TRAILING_SEPARATORS + OPENING_BRACKETS + CLOSING_BRACKETS;
// As character codes: the test every value passes through compares numbers, not one-character strings.
const codesOf = (chars: string) => new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
const LEADING_CODES = codesOf(LEADING_CHARS);
const TRAILING_CODES = codesOf(TRAILING_CHARS);

/**
 * Trims spaces and the separators a split leaves at either end (。；，、), and a bracket left open or closed
 * by cutting "…台账。（责任领导：张三）" apart; the words stay as written. One pass from the end: a long run of
 * brackets costs its length, not its square.
 */
export function tidyText(text: string): string {
  // Most values are tidy already (a word, no space, no separator at either end): nothing to build.
  if (text === '' || (!LEADING_CODES.has(text.charCodeAt(0)) && !TRAILING_CODES.has(text.charCodeAt(text.length - 1)) && !SPACE.test(text))) {
    return text;
  }
  const tidy = text.replace(SPACE_RUN, ' ').replace(LEADING_SEPARATORS, '');
  // Counted only when a bracket ends the text (-1 until then): most values end in a word and need no count.
  let opens = -1;
  let closes = -1;
  let end = tidy.length;
  while (end > 0) {
    const last = tidy.charAt(end - 1);
    const bracket = OPENING_BRACKETS.includes(last) || CLOSING_BRACKETS.includes(last);
    if (bracket && opens < 0) [opens, closes] = [count(tidy, OPENING_BRACKETS), count(tidy, CLOSING_BRACKETS)];
    if (OPENING_BRACKETS.includes(last)) opens -= 1;
    else if (CLOSING_BRACKETS.includes(last) && closes > opens) closes -= 1;
    else if (!TRAILING_SEPARATORS.includes(last)) break;
    end -= 1;
  }
  return tidy.slice(0, end);
}

export type ValueIssue = 'masked' | 'missing';

export interface LeaderValue {
  leader: string | null;
  /** Posts written with the names (李文斌（镇党委副书记、镇长）), kept apart so that the name matches the roster. */
  note: string | null;
  issue: ValueIssue | null;
}

const NAME_WITH_POST = /^([^（(]{1,12}?)\s*[（(]([^（）()]{1,40})[）)]$/;
// A post standing on its own, before the name it belongs to: 镇长, 党委副书记, 副总经理, 分管副院长 …
const POST =
  /^[^（(]{0,10}(?:书记|董事长|理事长|总经理|经理|主任|主席|委员|院长|校长|局长|镇长|乡长|县长|区长|部长|处长|科长|股长|所长|站长|组长|馆长|社长|行长|队长|厅长|秘书长|会长|总编辑|总编|政委|调研员|科员|专干|会计师|审计师|工程师|总监|总师)$/;
// One name, then its posts after a space or a comma: "张三 局党组书记、局长". After 、 a post may be another person.
const NAME_THEN_POSTS = /^([^\s，,、；;（(]{2,4})[\s，,]+([^（(]+)$/;

export function parseLeader(raw: string): LeaderValue {
  const written = tidyText(raw);
  if (written === '') return { leader: null, note: null, issue: 'missing' };
  if (isMasked(written)) return { leader: null, note: null, issue: 'masked' };
  const trailing = NAME_THEN_POSTS.exec(written);
  const trailingPosts = trailing ? splitOutsideBrackets(group(trailing, 2)) : [];
  if (trailing && trailingPosts.every((entry) => POST.test(entry))) {
    const name = group(trailing, 1);
    return { leader: name, note: `${name}：${trailingPosts.join('、')}`, issue: null };
  }
  const names: string[] = [];
  const posts: string[] = [];
  // Posts written before the name ("党委书记、董事长 刘国华") wait for it.
  let before: string[] = [];
  for (const entry of splitOutsideBrackets(written)) {
    if (POST.test(entry)) {
      before.push(entry);
      continue;
    }
    const withPost = NAME_WITH_POST.exec(entry);
    const name = withPost ? group(withPost, 1).trim() : entry;
    names.push(name);
    const post = [...before, ...(withPost ? [group(withPost, 2).trim()] : [])];
    if (post.length > 0) posts.push(`${name}：${post.join('、')}`);
    before = [];
  }
  // Posts with no name after them were the names as written ("办公室主任"): kept, not lost.
  names.push(...before);
  return { leader: names.join('、'), note: posts.length > 0 ? posts.join('；') : null, issue: null };
}

export interface DepartmentsValue {
  departments: string[];
  /** Entries dropped because they were masked, as written. */
  masked: string[];
}

const OPENING = '（(【[《';
const CLOSING = '）)】]》';
const ENTRY_SEPARATOR = /[、，,;；\s]/;

/** Splits on 、，,;； and spaces, but not inside brackets: "县委办（含档案、保密）" stays whole. */
function splitOutsideBrackets(raw: string): string[] {
  // Most values are one name or unit: without a separator there is nothing to walk character by character.
  if (!ENTRY_SEPARATOR.test(raw)) {
    const entry = tidyText(raw);
    return entry === '' ? [] : [entry];
  }
  const entries: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of raw) {
    if (OPENING.includes(ch)) depth += 1;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && ENTRY_SEPARATOR.test(ch)) {
      entries.push(current);
      current = '';
    } else current += ch;
  }
  entries.push(current);
  return entries.map(tidyText).filter((entry) => entry !== '');
}

export function parseDepartments(raw: string): DepartmentsValue {
  const entries = splitOutsideBrackets(raw);
  // Most problems name one unit: its array is the list.
  const [only] = entries;
  if (entries.length === 1 && only !== undefined && !isMasked(only)) return { departments: entries, masked: [] };
  const departments: string[] = [];
  const masked: string[] = [];
  for (const entry of entries) {
    if (isMasked(entry)) masked.push(entry);
    else if (!departments.includes(entry)) departments.push(entry);
  }
  return { departments, masked };
}
