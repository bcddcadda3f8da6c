// Editing a numbered list (整改措施, 具体表现): the parser may have cut one measure in two or run two together.

/** Separators a measure is split at when no cursor position is known, in order of preference. */
const LINE_BREAK = /\n+/;
const SENTENCE_END = /[。；;！!？?]/g;
const CLAUSE_END = /[，,]/g;

const tidy = (text: string) => text.replace(/^[\s，,、；;。]+/, '').replace(/[\s，,、；;]+$/, '');

export function replaceItem(items: string[], index: number, text: string): string[] {
  return items.map((item, i) => (i === index ? text : item));
}

export function removeItem(items: string[], index: number): string[] {
  return items.filter((_, i) => i !== index);
}

export function addItem(items: string[]): string[] {
  return [...items, ''];
}

/** The cut nearest the middle among the places `pattern` ends, not at the very end; null when there is none. */
function nearestMiddle(text: string, pattern: RegExp): number | null {
  const ends = [...text.matchAll(pattern)].map((match) => (match.index as number) + 1).filter((end) => end < text.trimEnd().length);
  if (ends.length === 0) return null;
  const middle = text.length / 2;
  return ends.reduce((best, end) => (Math.abs(end - middle) < Math.abs(best - middle) ? end : best));
}

/**
 * Where to cut: at the cursor if it is inside the text, else at a line break, else at the sentence end nearest the
 * middle, else at a comma (one sentence holding two measures: 制定制度，并严格执行).
 */
export function splitPoint(text: string, cursor: number | null): number | null {
  if (cursor !== null && cursor > 0 && cursor < text.trimEnd().length) return cursor;
  const lineBreak = LINE_BREAK.exec(text);
  if (lineBreak && tidy(text.slice(0, lineBreak.index)) !== '' && tidy(text.slice(lineBreak.index)) !== '') return lineBreak.index;
  return nearestMiddle(text, SENTENCE_END) ?? nearestMiddle(text, CLAUSE_END);
}

/** Splits item `index` in two; null when there is nowhere sensible to cut. */
export function splitItem(items: string[], index: number, cursor: number | null): string[] | null {
  const text = items[index] ?? '';
  const at = splitPoint(text, cursor);
  if (at === null) return null;
  const head = tidy(text.slice(0, at));
  const tail = tidy(text.slice(at));
  if (head === '' || tail === '') return null;
  return [...items.slice(0, index), head, tail, ...items.slice(index + 1)];
}

/** Joins item `index` with the next one. */
export function mergeWithNext(items: string[], index: number): string[] {
  const next = items[index + 1];
  if (next === undefined) return items;
  const head = (items[index] ?? '').trimEnd();
  // Chinese sentences run on without a space; keep a full stop between two complete measures.
  const joiner = head === '' || /[。；;！!？?，,、]$/.test(head) ? '' : '；';
  return [...items.slice(0, index), `${head}${joiner}${next.trimStart()}`, ...items.slice(index + 2)];
}
