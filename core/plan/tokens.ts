import { itemAt } from './checked';
import { readMarker, readPlainAspect, readProblemHeading } from './headings';
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
  | { type: 'problem'; line: number; number: string | null; rest: string }
  /** `text` keeps the marker, for when the heading turns out to be an item of a list. */
  | { type: 'heading'; line: number; marker: Marker; text: string }
  | { type: 'aspect'; line: number; title: string }
  | { type: 'label'; line: number; field: LabelField; value: string }
  | { type: 'text'; line: number; text: string }
  | { type: 'table'; line: number; table: PlanTable };

function classifyHead(text: string, line: number, marker: Marker | null): Token {
  const problem = readProblemHeading(text);
  if (problem) return { type: 'problem', line, number: problem.number, rest: problem.rest };
  const label = readLabel(text);
  if (label) return { type: 'label', line, field: label.field, value: label.value };
  if (marker) return { type: 'heading', line, marker, text };
  const aspect = readPlainAspect(text);
  if (aspect) return { type: 'aspect', line, title: aspect };
  return { type: 'text', line, text };
}

/** The line's own token, then a label token for each label written inside it ("张三；责任单位：办公室"). */
function classify(text: string, line: number): Token[] {
  const { head, parts } = splitEmbeddedLabels(text);
  const labels = parts.map((part): Token => ({ type: 'label', line, ...part }));
  // A numbered label ("2.整改措施：…", "（二）整改目标：…") is the label; its number orders nothing we keep.
  // "三、整改措施" without a colon stays a heading: it names a section.
  const marker = readMarker(head);
  if (marker && marker.rest === '' && labels.length > 0) return labels;
  const numbered = marker && /[：:】\]]/.test(marker.rest.slice(0, 8)) ? readLabel(marker.rest) : null;
  if (numbered) return [{ type: 'label', line, ...numbered }, ...labels];
  return [classifyHead(head, line, marker), ...labels];
}

export function tokenize(lines: SourceLine[]): Token[] {
  const tokens: Token[] = [];
  const tables = findTables(lines);
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
    tokens.push(...classify(flattenTabs(line.text), line.no));
  }
  return tokens;
}
