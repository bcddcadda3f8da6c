// Text as Word, WPS or WeChat hand it over → trimmed lines that keep their original 1-based numbers.

export interface SourceLine {
  /** 1-based line number in the text as given, for warnings. */
  no: number;
  text: string;
}

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;
// Word's manual line break arrives as \v; the Unicode separators show as line breaks in any editor.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const SPACES = /[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const FULL_WIDTH_ASCII = /[０-９Ａ-Ｚａ-ｚ＊｜]/g;
// Chinese punctuation needs no space around it; Word pads with NBSP / U+3000 there.
const WIDE_PUNCTUATION = '[\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65“”‘’…—·]';
// Written to start with the space: the engine skips to spaces instead of trying the punctuation at every position.
const SPACE_BY_PUNCTUATION = new RegExp(` (?:(?=${WIDE_PUNCTUATION})|(?<=${WIDE_PUNCTUATION} ))`, 'g');

/** The lines' texts joined by `separator`; one line's text as it is, with no array to join. */
export function joinLines(lines: SourceLine[], separator = ''): string {
  if (lines.length === 1) return lines[0]?.text ?? '';
  return lines.length === 0 ? '' : lines.map((line) => line.text).join(separator);
}

/** One line's spaces: Unicode spaces → one ASCII space, none beside Chinese punctuation, none at the ends. Tabs stay. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(SPACES, ' ')
    .replace(SPACE_BY_PUNCTUATION, '')
    .replace(/ *\t */g, '\t')
    .replace(/^ +| +$/g, '');
}

/** A line outside a table: tabs (Word's list indents, stray cell breaks) count as spaces. */
export function flattenTabs(text: string): string {
  return text.includes('\t') ? normalizeSpaces(text.replace(/\t+/g, ' ')) : text;
}

const ANY_LINE_BREAK = new RegExp(LINE_BREAK.source, 'g');

/**
 * Excel copies a cell holding a line break, a tab or a quote as "…", quotes inside doubled. The quotes go, the line
 * breaks stay (the table reader puts a row spread over lines back together). Text where a quote that opens a cell
 * is not closed at a cell's end was not written so: it is left as it is.
 */
export function unquoteSpreadsheetCells(text: string): string {
  if (!text.includes('\t"') && !text.includes('"\t')) return text;
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', from)) {
    from = quote + 1;
    if (quote > 0 && text[quote - 1] !== '\t' && text[quote - 1] !== '\n') continue;
    const cell: string[] = [];
    let piece = quote + 1;
    let close = text.indexOf('"', piece);
    // A doubled quote is one quote of the cell's text.
    for (; close >= 0 && text[close + 1] === '"'; close = text.indexOf('"', piece)) {
      cell.push(text.slice(piece, close + 1));
      piece = close + 2;
    }
    const after = close < 0 ? '' : text[close + 1];
    if (close < 0 || (after !== undefined && after !== '\t' && after !== '\n')) return text;
    cell.push(text.slice(piece, close));
    parts.push(text.slice(copied, quote), ...cell);
    copied = close + 1;
    from = close + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
// Line breaks other than \n, and tabs with spaces beside them: most texts have none and are not copied for them.
const OTHER_LINE_BREAK = /[\r\v\f\u0085\u2028\u2029]/;
const SPACED_TAB = / +\t *|\t +/g;
const LINE_END_SPACES = /^ +| +$/gm;
const NOT_TAB = /[^\t]/;

/**
 * Splits into non-blank lines; full-width digits and letters become ASCII so dates and numbers read alike.
 * Each step runs once over the whole text (the line breaks made `\n` first): as `normalizeSpaces` line by line.
 */
export function toLines(text: string): SourceLine[] {
  const source = typeof text === 'string' ? text : '';
  const lines: SourceLine[] = [];
  const unbroken = source.replace(INVISIBLE, '');
  unquoteSpreadsheetCells(OTHER_LINE_BREAK.test(unbroken) ? unbroken.replace(ANY_LINE_BREAK, '\n') : unbroken)
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .replace(SPACE_BY_PUNCTUATION, '')
    .replace(SPACED_TAB, '\t')
    .replace(LINE_END_SPACES, '')
    .split('\n')
    .forEach((line, index) => {
      // A test, not a tab-stripped copy of every line.
      if (NOT_TAB.test(line)) lines.push({ no: index + 1, text: line });
    });
  return lines;
}
