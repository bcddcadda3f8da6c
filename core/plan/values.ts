// Single values of a problem: text tidying, masks, the leader and the department list.

/** Desensitised copies replace names and figures with `*` (full-width ＊ is folded to * on reading). */
export function isMasked(text: string): boolean {
  return text.includes('*');
}

const count = (text: string, chars: string) => [...text].filter((ch) => chars.includes(ch)).length;

/**
 * Trims spaces and the separators a split leaves at either end (。；，、), and a bracket left open or closed
 * by cutting "…台账。（责任领导：张三）" apart; the words stay as written.
 */
export function tidyText(text: string): string {
  let tidy = text.replace(/\s+/g, ' ');
  for (let previous = ''; previous !== tidy; ) {
    previous = tidy;
    tidy = tidy.replace(/^[\s：:，,；;、。]+/, '').replace(/[\s。；;，,、.．]+$/, '').replace(/[（(]$/, '');
    if (/[）)]$/.test(tidy) && count(tidy, '（(') < count(tidy, '）)')) tidy = tidy.slice(0, -1);
  }
  return tidy;
}

export type ValueIssue = 'masked' | 'missing';

export interface LeaderValue {
  leader: string | null;
  issue: ValueIssue | null;
}

export function parseLeader(raw: string): LeaderValue {
  const leader = tidyText(raw);
  if (leader === '') return { leader: null, issue: 'missing' };
  if (isMasked(leader)) return { leader: null, issue: 'masked' };
  return { leader, issue: null };
}

export interface DepartmentsValue {
  departments: string[];
  /** Entries dropped because they were masked, as written. */
  masked: string[];
}

const OPENING = '（(【[《';
const CLOSING = '）)】]》';

/** Splits on 、，,;； and spaces, but not inside brackets: "县委办（含档案、保密）" stays whole. */
export function parseDepartments(raw: string): DepartmentsValue {
  const entries: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of raw) {
    if (OPENING.includes(ch)) depth += 1;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,;；\s]/.test(ch)) {
      entries.push(current);
      current = '';
    } else current += ch;
  }
  entries.push(current);
  const departments: string[] = [];
  const masked: string[] = [];
  for (const entry of entries.map(tidyText).filter((entry) => entry !== '')) {
    if (isMasked(entry)) masked.push(entry);
    else if (!departments.includes(entry)) departments.push(entry);
  }
  return { departments, masked };
}
