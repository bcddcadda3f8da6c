import { isFrameSection, MARKER_RANK, readPlainAspect } from './headings';
import type { MarkerKind } from './headings';
import type { LabelField } from './labels';
import type { Token } from './tokens';

// Which numbering marks problems and which marks aspects differs from plan to plan: （一）…方面 over 问题1：,
// 一、…方面 over （一）, 一、 over 1． … The layout is read once from the whole text.

export interface Layout {
  /**
   * `explicit`: problems say so (问题1：, 1．问题：). `plain`: unnumbered, each a line of its own above its fields.
   * null: no problems outside tables.
   */
  problem: MarkerKind | 'explicit' | 'plain' | null;
  /** `plain`: unnumbered "…方面" lines. null: no aspect headings. */
  aspect: MarkerKind | 'plain' | null;
}

/** The nearest heading above `index` that ranks above the problems; a frame section (三、整改任务) means none. */
function aspectKindBefore(tokens: Token[], index: number, maxRank: number): Layout['aspect'] {
  for (let i = index - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (token?.type === 'aspect') return 'plain';
    if (token?.type !== 'heading') continue;
    if (isFrameSection(token.marker.rest)) return null;
    if (MARKER_RANK[token.marker.kind] <= maxRank || readPlainAspect(token.marker.rest)) return token.marker.kind;
  }
  return null;
}

const ANCHOR_FIELDS: LabelField[] = ['measures', 'leader', 'departments', 'deadline'];

/** Each problem has one field block; its 整改措施 label (or else its most frequent label) marks one problem. */
function anchorIndexes(tokens: Token[]): number[] {
  for (const field of ANCHOR_FIELDS) {
    const anchors: number[] = [];
    tokens.forEach((token, i) => {
      if (token.type === 'label' && token.field === field) anchors.push(i);
    });
    if (anchors.length > 0) return anchors;
  }
  return [];
}

/**
 * Between one problem's fields and the next problem's first label there is a run of headings: maybe an aspect,
 * then the problem, then maybe unlabelled 具体表现 items. The kind found in the most runs (then most often exactly
 * once, then the deeper one) numbers the problems.
 */
function problemKind(tokens: Token[]): MarkerKind | null {
  const present = new Map<MarkerKind, number>();
  const once = new Map<MarkerKind, number>();
  let previous = -1;
  for (const anchor of anchorIndexes(tokens)) {
    let best: MarkerKind[] = [];
    let bestRank = Infinity;
    let run: MarkerKind[] = [];
    let runRank = Infinity;
    for (let i = previous + 1; i <= anchor; i += 1) {
      const token = tokens[i];
      if (token?.type === 'heading') {
        run.push(token.marker.kind);
        runRank = Math.min(runRank, MARKER_RANK[token.marker.kind]);
      } else if (token?.type === 'label') {
        if (run.length > 0 && runRank <= bestRank) [best, bestRank] = [run, runRank];
        [run, runRank] = [[], Infinity];
      }
    }
    for (const kind of new Set(best)) {
      present.set(kind, (present.get(kind) ?? 0) + 1);
      if (best.filter((k) => k === kind).length === 1) once.set(kind, (once.get(kind) ?? 0) + 1);
    }
    previous = anchor;
  }
  const ranked = [...present.keys()].sort(
    (a, b) =>
      (present.get(b) ?? 0) - (present.get(a) ?? 0) ||
      (once.get(b) ?? 0) - (once.get(a) ?? 0) ||
      MARKER_RANK[b] - MARKER_RANK[a],
  );
  return ranked[0] ?? null;
}

export function detectLayout(tokens: Token[]): Layout {
  const firstExplicit = tokens.findIndex((token) => token.type === 'problem');
  if (firstExplicit >= 0) return { problem: 'explicit', aspect: aspectKindBefore(tokens, firstExplicit, MARKER_RANK.pcn) };
  const kind = problemKind(tokens);
  if (kind) {
    const first = tokens.findIndex((token) => token.type === 'heading' && token.marker.kind === kind);
    return { problem: kind, aspect: aspectKindBefore(tokens, first, MARKER_RANK[kind] - 1) };
  }
  // Field blocks with no numbered heading above them: the line above each block names its problem.
  const firstText = tokens.findIndex((token) => token.type === 'text');
  const [firstAnchor] = anchorIndexes(tokens);
  if (firstText >= 0 && firstAnchor !== undefined && firstText < firstAnchor) {
    return { problem: 'plain', aspect: aspectKindBefore(tokens, firstAnchor, MARKER_RANK.pcn) };
  }
  // Only tables hold problems: headings above the first table may still name its aspect.
  const firstTable = tokens.findIndex((token) => token.type === 'table');
  return { problem: null, aspect: firstTable >= 0 ? aspectKindBefore(tokens, firstTable, MARKER_RANK.pcn) : null };
}
