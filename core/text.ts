import { z } from 'zod';

/**
 * Every free text an action accepts, cleaned the same way at the edge: NFC; line breaks of any kind (CR LF, Word's
 * manual break \v, form feed, U+2028/2029, NEL) become \n; other C0/C1 controls, noncharacters (U+FFFE/FFFF …),
 * unpaired surrogates and bidi controls go. Names also lose zero-width characters and line breaks, so two names that
 * read the same are the same. Lengths count characters as people do (code points) and are stated, never cut.
 */

const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// C0 except \t and \n, DEL and C1: matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// U+FDD0–FDEF and the last two code points of every plane.
const NONCHARACTERS = /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;
// A pair, or a surrogate on its own: pairs are kept, lone ones dropped (no lookbehind: old phones' engines lack it).
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Zero-width and invisible formatting characters that make two names look alike; allowed (ZWJ in emoji) in prose.
// Combining marks (U+034F, U+17B4/5) are listed outside the class so each is matched alone.
const INVISIBLE_IN_NAMES = /[\u00ad\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]|\u034f|\u17b4|\u17b5/g;

/** Prose: keeps \n and \t, drops what no one can see or what breaks documents (XML cannot carry C0 controls). */
export function cleanProse(raw: string): string {
  return raw
    .replace(SURROGATES, (found) => (found.length === 2 ? found : ''))
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '')
    .replace(NONCHARACTERS, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
}

/** A name or title on one line: also no zero-width characters, and runs of whitespace become one space. */
export function cleanName(raw: string): string {
  return cleanProse(raw).replace(INVISIBLE_IN_NAMES, '').replace(/\s+/g, ' ').trim();
}

/** What makes two names the same name: cleaned, with whitespace ignored. */
export function nameKey(name: string): string {
  return cleanName(name).replace(/\s/g, '');
}

/** Characters as a person counts them (an emoji or a rare 汉字 outside the BMP is one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The limits every form and schema share, in characters; forms read them to show 已输入 n/max. */
export const TEXT_LIMITS = {
  personName: 20,
  departmentName: 30,
  memberTitle: 30,
  unitName: 60,
  fileName: 100,
  progress: 2000,
  comment: 1000,
  measureNote: 500,
  extensionReason: 500,
  extensionOpinion: 500,
  closureSummary: 2000,
  closureOpinion: 1000,
  planTitle: 200,
  planSource: 100,
  aspectTitle: 200,
  problemTitle: 1000,
  planItem: 2000,
  problemNumber: 20,
  deadlineText: 200,
  writtenName: 100,
  interviewSource: 200,
  interviewPlace: 100,
  interviewReason: 1000,
  interviewOpinion: 1000,
  interviewContent: 5000,
  interviewStatement: 3000,
  interviewRequirements: 3000,
  interviewCommitment: 500,
  interviewFeedback: 3000,
  deptOpinion: 1000,
  revisionReason: 500,
} as const;

interface TextOptions {
  /** One line, no invisible characters: names and titles. */
  name?: boolean;
  /** Must not be empty once cleaned. */
  required?: boolean;
}

/** The message of a text over its limit, with what was typed: "进展情况最多 2000 字，已输入 10000 字". */
export function tooLongMessage(label: string, max: number, count: number): string {
  return `${label}最多 ${max} 字，已输入 ${count} 字`;
}

/** The one text type of every schema: cleaned, then checked against `max` characters with a message that says so. */
export function textSchema(label: string, max: number, options: TextOptions = {}) {
  const clean = options.name ? cleanName : cleanProse;
  return z
    .string({ message: `${label}应为文字` })
    .transform(clean)
    .check((context) => {
      const count = characterCount(context.value);
      if (options.required && count === 0) context.issues.push({ code: 'custom', message: `请填写${label}`, input: context.value });
      if (count > max) context.issues.push({ code: 'custom', message: tooLongMessage(label, max, count), input: context.value });
    });
}

/** Required prose: 进展情况, 意见, 事由 … */
export const requiredText = (label: string, max: number) => textSchema(label, max, { required: true });
/** A person's or department's name. */
export const nameText = (label: string, max: number) => textSchema(label, max, { name: true, required: true });

const INNER_QUOTES: Record<string, string> = { '“': '‘', '”': '’', '‘': '“', '’': '”' };

/** “text” as 公文 quote: quotes inside turn from double to single (and single to double), never “…“…”…”. */
export function quoted(text: string): string {
  return `“${text.replace(/[“”‘’]/g, (mark) => INNER_QUOTES[mark] ?? mark)}”`;
}
