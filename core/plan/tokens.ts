import { itemAt } from './checked';
import { isFrameSection, readMarker, readPlainAspect, readProblemHeading } from './headings';
import type { Marker } from './headings';
import { readLabel, splitEmbeddedLabels } from './labels';
import type { LabelField } from './labels';
import { flattenTabs } from './normalize';
import type { SourceLine } from './normalize';
import { findTables } from './tables';
import type { PlanTable } from './tables';

// Each line classified once, by what it starts with; what a heading means (aspect, problem or list item)
// is decided later, from the layout of the whole plan.

export type Token =
  | { type: 'problem'; line: number; number: string | null; rest: string; wordOnly: boolean }
  /** `text` keeps the marker, for when the heading turns out to be an item of a list. */
  | { type: 'heading'; line: number; marker: Marker; text: string }
  | { type: 'aspect'; line: number; title: string }
  | { type: 'label'; line: number; field: LabelField; value: string }
  | { type: 'text'; line: number; text: string }
  | { type: 'table'; line: number; table: PlanTable };

function classifyHead(text: string, line: number, marker: Marker | null): Token {
  const problem = readProblemHeading(text);
  if (problem) return { type: 'problem', line, ...problem };
  const label = readLabel(text);
  if (label) return { type: 'label', line, field: label.field, value: label.value };
  if (marker) return { type: 'heading', line, marker, text };
  const aspect = readPlainAspect(text);
  if (aspect) return { type: 'aspect', line, title: aspect };
  return { type: 'text', line, text };
}

/** The line's own token, then a label token for each label written inside it ("张三；责任单位：办公室"). */
function classify(text: string, line: number, bareNumbers: boolean): Token[] {
  const { head, parts } = splitEmbeddedLabels(text);
  const labels = parts.map((part): Token => ({ type: 'label', line, ...part }));
  // A numbered label ("2.整改措施：…", "（二）整改目标：…") is the label; its number orders nothing we keep.
  // "三、整改措施" without a colon stays a heading: it names a section.
  const marker = readMarker(head, bareNumbers);
  if (marker && marker.rest === '' && labels.length > 0) return labels;
  const numbered = marker && /[：:】\]]/.test(marker.rest.slice(0, 8)) ? readLabel(marker.rest) : null;
  if (numbered) return [{ type: 'label', line, ...numbered }, ...labels];
  return [classifyHead(head, line, marker), ...labels];
}

/**
 * "1.意识形态工作落实不到位。" then "存在问题：…" under it, for every problem: the numbered headings are the problems and
 * the words introduce their 具体表现. One "问题：" under an aspect, or several under one heading, stay problems.
 */
function headedStatements(tokens: Token[]): Token[] {
  let pairs = 0;
  for (const [i, token] of tokens.entries()) {
    if (token.type !== 'problem') continue;
    const above = tokens[i - 1];
    if (!token.wordOnly || above?.type !== 'heading' || above.marker.rest === '') return tokens;
    if (readPlainAspect(above.marker.rest) || isFrameSection(above.marker.rest)) return tokens;
    pairs += 1;
  }
  if (pairs === 0) return tokens;
  return tokens.map((token): Token => (token.type === 'problem' ? { type: 'label', line: token.line, field: 'manifestations', value: token.rest } : token));
}

// 1.1 or 1.1.1 at the start of a line: the plan numbers its outline so.
const OUTLINE_NUMBER = /^\d{1,2}[.．]\d{1,3}(?:[.．]\d{1,3})?(?![\d.．])/;

export function tokenize(lines: SourceLine[]): Token[] {
  const tokens: Token[] = [];
  const tables = findTables(lines);
  const bareNumbers = lines.some((line) => OUTLINE_NUMBER.test(line.text) && readMarker(line.text) !== null);
  let table = 0;
  let next = tables[0];
  for (let index = 0; index < lines.length; index += 1) {
    const line = itemAt(lines, index);
    if (next && index === next.start) {
      tokens.push({ type: 'table', line: line.no, table: next });
      index = next.end - 1;
      table += 1;
      next = tables[table];
      continue;
    }
    tokens.push(...classify(flattenTabs(line.text), line.no, bareNumbers));
  }
  return headedStatements(tokens);
}
