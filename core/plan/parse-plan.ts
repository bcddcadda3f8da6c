import { parseIsoDate } from './calendar';
import { itemAt } from './checked';
import type { CalendarDate } from './calendar';
import { cleanPastedLines } from './cleanup';
import { newDraft } from './draft';
import type { ProblemDraft } from './draft';
import { isFrameSection, MARKER_RANK, readPlainAspect } from './headings';
import type { Marker, MarkerKind } from './headings';
import type { FieldName, LabelField } from './labels';
import { detectLayout } from './layout';
import type { Layout } from './layout';
import { toLines } from './normalize';
import { finishProblem } from './problem';
import type { ParsedPlan, PlanAspect } from './schema';
import type { PlanTable } from './tables';
import { PLAN_WIDE, spanOf } from './targets';
import type { Anchor, DetailedParse, Located, WarningTarget } from './targets';
import { findTitle } from './title';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import { isMasked, tidyText } from './values';
import { warning } from './warnings';

export interface ParseOptions {
  /** The plan's date (YYYY-MM-DD, 印发/反馈 date): the year of deadlines written without one (年底前). */
  planDate?: string;
}

/** Where problems go when the plan names no aspect above them; the office renames it in the preview. */
export const UNNAMED_ASPECT = '未分方面';

interface AspectDraft {
  title: string;
  line: number;
  problems: ProblemDraft[];
}

interface OpenProblem {
  draft: ProblemDraft;
  aspect: AspectDraft | null;
  field: LabelField | null;
  /** The last numbered item of the current list field, to tell its next item from the next heading. */
  listItem: Marker | null;
  /** Whether it has a measure, an owner or a deadline: what makes a numbered heading a problem. */
  actionable: boolean;
}

// 附件：整改任务清单 — what follows is an appendix, outside every aspect and problem.
const APPENDIX_HEADING = /^附件\s*\d*\s*(?:[：:]|$)/;

/** A problem's title as compared across the text and an appendix table: its first sentence, words only. */
const titleKey = (lines: Array<{ text: string }>) =>
  lines
    .map((line) => line.text)
    .join('')
    .split(/[。！？!?]/, 1)
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');

const PLAN: Anchor = { kind: 'plan', field: null };

const LIST_FIELDS: ReadonlySet<LabelField | null> = new Set(['manifestations', 'measures']);
const SHORT_FIELDS: ReadonlySet<LabelField | null> = new Set(['leader', 'departments', 'deadline']);
const ACTIONABLE_FIELDS: ReadonlySet<LabelField> = new Set(['measures', 'leader', 'departments', 'deadline']);
const OUTLINE_KINDS: ReadonlySet<MarkerKind> = new Set(['dec2', 'dec3']);

/** Walks the tokens in order, opening aspects and problems as the layout says, and filling fields. */
class Outline {
  readonly aspects: AspectDraft[] = [];
  /** The first aspect of each title, for table rows that name theirs: a lookup, not a search per row. */
  private readonly aspectByTitle = new Map<string, AspectDraft>();
  readonly warnings: Located[] = [];
  private aspect: AspectDraft | null = null;
  private problem: OpenProblem | null = null;
  private unnamed: AspectDraft | null = null;
  private readonly closeRank: number;

  /** `headEnd`: the last line of the plan's title; nothing above it starts a problem. */
  constructor(
    private readonly layout: Layout,
    private readonly headEnd: number,
  ) {
    // Headings at or above this rank end a problem; deeper ones are part of its text.
    const { aspect, problem } = layout;
    if (aspect && aspect !== 'plain') this.closeRank = MARKER_RANK[aspect];
    else if (problem && problem !== 'explicit' && problem !== 'plain') this.closeRank = MARKER_RANK[problem] - 1;
    else this.closeRank = MARKER_RANK.pcn;
  }

  read(tokens: Token[]): void {
    for (const token of tokens) {
      if (token.type === 'table') this.table(token.table);
      else if (token.type === 'problem') this.open(token.line, token.number, token.rest);
      else if (token.type === 'heading') this.heading(token.line, token.marker, token.text);
      else if (token.type === 'aspect' && this.layout.aspect === 'plain') this.openAspect(token.title, token.line);
      else if (token.type === 'aspect') this.text(token.line, token.title);
      else if (token.type === 'label') this.label(token.line, token.field, token.value);
      else if (APPENDIX_HEADING.test(token.text)) this.endSections();
      else this.text(token.line, token.text);
    }
    this.close();
  }

  private addAspect(aspect: AspectDraft): void {
    this.aspects.push(aspect);
    if (!this.aspectByTitle.has(aspect.title)) this.aspectByTitle.set(aspect.title, aspect);
  }

  private aspectFor(aspect: AspectDraft | null, line: number): AspectDraft {
    if (aspect) return aspect;
    if (!this.unnamed) {
      this.unnamed = { title: UNNAMED_ASPECT, line, problems: [] };
      this.addAspect(this.unnamed);
      // The office renames it in the preview: the warning goes with its title.
      this.warnings.push({ warning: warning('NO_ASPECT', line, UNNAMED_ASPECT), kind: 'aspect', aspect: this.unnamed });
    }
    return this.unnamed;
  }

  private openAspect(title: string, line: number): void {
    this.close();
    this.aspect = { title: tidyText(title), line, problems: [] };
    this.addAspect(this.aspect);
  }

  private open(line: number, number: string | null, rest: string): void {
    this.close();
    const title = rest === '' ? [] : [{ no: line, text: rest }];
    this.problem = { draft: newDraft(line, number, title), aspect: this.aspect, field: null, listItem: null, actionable: false };
  }

  /** A heading-numbered "problem" with no measure, owner or deadline was a paragraph (整改要求's （一）…). */
  private close(): void {
    const open = this.problem;
    this.problem = null;
    if (!open || (this.layout.problem !== 'explicit' && !open.actionable)) return;
    this.aspectFor(open.aspect, open.draft.line).problems.push(open.draft);
  }

  private endSections(): void {
    this.close();
    this.aspect = null;
  }

  private heading(line: number, marker: Marker, text: string): void {
    const open = this.problem;
    if (open && LIST_FIELDS.has(open.field) && this.continuesList(open, marker)) {
      open.listItem = marker;
      // The list splitter knows 1. and （1） but not 1.1.1: an outline-numbered item is its line, without the number.
      this.text(line, OUTLINE_KINDS.has(marker.kind) ? marker.rest : text);
    } else if (marker.kind === this.layout.problem) {
      this.open(line, marker.label, marker.rest);
    } else if (MARKER_RANK[marker.kind] <= this.closeRank) {
      if (marker.kind === this.layout.aspect && !isFrameSection(marker.rest)) this.openAspect(marker.rest, line);
      else {
        // A section around the aspects (一、总体要求, 四、整改要求): whatever follows is outside them.
        this.endSections();
      }
    } else this.text(line, text);
  }

  private continuesList(open: OpenProblem, marker: Marker): boolean {
    const last = open.listItem;
    return last ? last.kind === marker.kind && marker.value === last.value + 1 : marker.value === 1;
  }

  private label(line: number, field: LabelField, value: string): void {
    if (!this.problem) return; // a label outside any problem (in the preamble) carries nothing the plan keeps
    if (this.layout.problem === 'plain' && field === 'manifestations') this.titleAboveLabel(this.problem);
    const open = this.problem;
    open.field = field;
    open.listItem = null;
    if (field === 'ignored') return;
    open.actionable ||= ACTIONABLE_FIELDS.has(field);
    open.draft.labelLine[field] ??= line;
    if (value !== '') open.draft.fields[field].push({ no: line, text: value });
  }

  /**
   * Unnumbered problems: when 具体表现： follows several unlabelled lines, the last of them names the problem and
   * the lines above it (the plan's preamble, or text between two problems) belong to none.
   */
  private titleAboveLabel(open: OpenProblem): void {
    const { draft } = open;
    const unlabelled = draft.fields.manifestations;
    const title = unlabelled[unlabelled.length - 1];
    if (!title || Object.values(draft.labelLine).some((labelled) => labelled !== undefined)) return;
    const read = this.aspects.some((aspect) => aspect.problems.length > 0);
    for (const stray of [...draft.title, ...unlabelled.slice(0, -1)]) {
      // Before the first problem it is the preamble, dropped quietly; between problems the office should look.
      if (read) this.warnings.push({ warning: warning('STRAY_TEXT', stray.no, stray.text), kind: 'line', line: stray.no });
    }
    this.problem = null;
    this.open(title.no, null, title.text);
  }

  private text(line: number, text: string): void {
    if (this.layout.problem === 'plain' && text !== '' && line > this.headEnd && this.endsPlainProblem()) {
      this.open(line, null, text);
      return;
    }
    const open = this.problem;
    if (!open || text === '') return;
    const { draft } = open;
    if (open.field === null && draft.title.length === 0) {
      draft.title.push({ no: line, text }); // "问题1：" alone on its line, the title below it
      return;
    }
    // Unlabelled lines right under the heading are its 具体表现 (the seed's 问题4 in (三)).
    open.field ??= 'manifestations';
    if (open.field === 'ignored') return;
    // "1.学习不深入。（责任领导：…；完成时限：…）" then unlabelled items: the heading carried its fields, the items are
    // its measures.
    if (SHORT_FIELDS.has(open.field) && draft.labelLine[open.field] === draft.line && draft.fields.measures.length === 0) {
      open.field = 'measures';
    }
    const field: FieldName = open.field;
    if (SHORT_FIELDS.has(field) && draft.fields[field].length > 0) {
      this.warnings.push({ warning: warning('STRAY_TEXT', line, text), kind: 'problem', draft, field });
      return;
    }
    draft.fields[field].push({ no: line, text });
  }

  /** In a plan of unnumbered problems, a line after a block's last short field (时限, 责任单位 …) starts the next one. */
  private endsPlainProblem(): boolean {
    const open = this.problem;
    if (!open) return true;
    if (open.field === 'ignored') return true;
    return open.field !== null && SHORT_FIELDS.has(open.field) && open.draft.fields[open.field].length > 0;
  }

  private table(table: PlanTable): void {
    this.close();
    for (const { line, detail } of table.misfits) {
      this.warnings.push({ warning: warning('TABLE_ROW_CELLS', line, detail), kind: 'line', line });
    }
    // A table listing again the problems already read (附件：整改任务清单) is linked to them, not imported twice.
    const known = new Set(this.aspects.flatMap((aspect) => aspect.problems.map((draft) => titleKey(draft.title))));
    const drafts = table.problems;
    // Before any problem was read there is nothing to repeat, and no title to key.
    const repeated = known.size === 0 ? [] : drafts.filter((draft) => known.has(titleKey(draft.title)));
    const appendix = repeated.length > 0 && repeated.length * 2 >= drafts.length;
    const [firstRepeated] = repeated;
    if (appendix && firstRepeated) {
      const detail = `${repeated.length}/${drafts.length} 行`;
      this.warnings.push({ warning: warning('APPENDIX_LINKED', firstRepeated.line, detail), ...PLAN });
    }
    // forEach, not entries(): no [index, draft] pair made per row.
    drafts.forEach((draft, index) => {
      const category = table.categories[index] ?? null;
      if (appendix && known.has(titleKey(draft.title))) return;
      let aspect = this.aspect;
      if (category !== null) {
        aspect = this.aspectByTitle.get(category) ?? null;
        if (!aspect) {
          aspect = { title: category, line: draft.line, problems: [] };
          this.addAspect(aspect);
        }
      }
      this.aspectFor(aspect, draft.line).problems.push(draft);
    });
  }
}


function readPlanDate(planDate: string | undefined, warnings: Located[]): CalendarDate | null {
  if (planDate === undefined) return null;
  const date = typeof planDate === 'string' ? parseIsoDate(planDate) : null;
  if (!date) warnings.push({ warning: warning('INVALID_PLAN_DATE', 1, String(planDate)), ...PLAN });
  return date;
}

function finishAspect(aspect: AspectDraft, planDate: CalendarDate | null, warnings: Located[]): PlanAspect | null {
  if (aspect.problems.length === 0) {
    // Paragraphs numbered like aspects (四、整改要求's （一）…) are dropped quietly; a real "…方面" heading is not.
    if (readPlainAspect(aspect.title)) warnings.push({ warning: warning('EMPTY_ASPECT', aspect.line, aspect.title), ...PLAN });
    return null;
  }
  if (isMasked(aspect.title)) warnings.push({ warning: warning('MASKED_TEXT', aspect.line, '方面标题'), kind: 'aspect', aspect });
  const seen = new Set<string>();
  const problems = aspect.problems.map((draft) => {
    const problem = finishProblem(draft, planDate, warnings);
    if (problem.number !== null && seen.has(problem.number)) {
      warnings.push({ warning: warning('DUPLICATE_NUMBER', draft.line, problem.number), kind: 'problem', draft, field: 'number' });
    }
    if (problem.number !== null) seen.add(problem.number);
    return problem;
  });
  return { title: aspect.title, problems };
}

function lowerBound(sorted: number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (itemAt(sorted, middle) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The distinct lines in ascending order; lines already in order (warnings are sorted by line) need no sort. */
function distinctAscending(lines: number[]): number[] {
  const distinct: number[] = [];
  let ascending = true;
  for (const line of lines) {
    const last = distinct[distinct.length - 1] ?? Number.NEGATIVE_INFINITY;
    if (line === last) continue;
    if (line < last) ascending = false;
    distinct.push(line);
  }
  return ascending ? distinct : [...new Set(distinct)].sort((a, b) => a - b);
}

interface ProblemEntry {
  draft: ProblemDraft;
  aspect: number;
  problem: number;
}

/**
 * For each of the sorted lines, the first problem (in plan order) whose span holds it. Each line is settled once, and
 * a problem skips the lines already settled: a table of many rows, each with a warning, costs its length, not its
 * square.
 */
function problemsAtLines(problems: ProblemEntry[], sorted: number[]): Array<ProblemEntry | undefined> {
  const found = new Array<ProblemEntry | undefined>(sorted.length);
  if (sorted.length === 0) return found;
  // next[i]: the first index at or after i whose line is not settled yet (with path compression).
  const next = Array.from({ length: sorted.length + 1 }, (_, i) => i);
  const unsettled = (from: number): number => {
    let root = from;
    while (itemAt(next, root) !== root) root = itemAt(next, root);
    for (let i = from; next[i] !== root; ) {
      const following = itemAt(next, i);
      next[i] = root;
      i = following;
    }
    return root;
  };
  for (const entry of problems) {
    const span = spanOf(entry.draft);
    for (let i = unsettled(lowerBound(sorted, span.start)); i < sorted.length && itemAt(sorted, i) <= span.end; i = unsettled(i)) {
      found[i] = entry;
      next[i] = i + 1;
    }
  }
  return found;
}

/** Drafts → indices into the finished plan; aspects without problems were dropped, so indices are counted after. */
function targetsOf(located: Located[], kept: AspectDraft[]): WarningTarget[] {
  const aspectIndex = new Map<object, number>(kept.map((aspect, index) => [aspect, index]));
  const problems: ProblemEntry[] = [];
  const problemOf = new Map<ProblemDraft, ProblemEntry>();
  kept.forEach((aspect, a) => {
    aspect.problems.forEach((draft, p) => {
      const entry = { draft, aspect: a, problem: p };
      problems.push(entry);
      problemOf.set(draft, entry);
    });
  });
  const lineAnchors: number[] = [];
  for (const anchor of located) if (anchor.kind === 'line') lineAnchors.push(anchor.line);
  const lines = distinctAscending(lineAnchors);
  const atLine = problemsAtLines(problems, lines);
  return located.map((anchor): WarningTarget => {
    if (anchor.kind === 'plan') return { ...PLAN_WIDE, field: anchor.field };
    if (anchor.kind === 'aspect') {
      const aspect = aspectIndex.get(anchor.aspect);
      return aspect === undefined ? { ...PLAN_WIDE } : { aspect, problem: null, field: 'title' };
    }
    const entry = anchor.kind === 'problem' ? problemOf.get(anchor.draft) : atLine[lowerBound(lines, anchor.line)];
    if (!entry) return { ...PLAN_WIDE };
    return { aspect: entry.aspect, problem: entry.problem, field: anchor.kind === 'problem' ? anchor.field : null };
  });
}

function parse(text: string, options: ParseOptions): DetailedParse {
  const warnings: Located[] = [];
  const planDate = readPlanDate(options.planDate, warnings);
  const cleaned = cleanPastedLines(toLines(text));
  if (cleaned.joined + cleaned.dropped > 0) {
    const done = [cleaned.joined > 0 ? `合并了 ${cleaned.joined} 处断行` : '', cleaned.dropped > 0 ? `去掉了 ${cleaned.dropped} 行页码或页眉` : ''];
    warnings.push({ warning: warning('TEXT_CLEANED', 1, done.filter(Boolean).join('、')), ...PLAN });
  }
  const tokens = tokenize(cleaned.lines);
  const title = findTitle(tokens);
  const outline = new Outline(detectLayout(tokens), title?.end ?? 0);
  outline.read(tokens);
  warnings.push(...outline.warnings);
  const kept: AspectDraft[] = [];
  const aspects = outline.aspects.flatMap((aspect) => {
    const finished = finishAspect(aspect, planDate, warnings);
    if (finished) kept.push(aspect);
    return finished ?? [];
  });
  if (aspects.length === 0) warnings.push({ warning: warning('NO_PROBLEMS', 1), ...PLAN });
  if (title && isMasked(title.text)) warnings.push({ warning: warning('MASKED_TEXT', title.line, '方案标题'), kind: 'plan', field: 'title' });
  // Stable sort: warnings of one line keep the order they were found in.
  warnings.sort((a, b) => a.warning.line - b.warning.line);
  return {
    plan: { title: title?.text ?? null, aspects, warnings: warnings.map((located) => located.warning) },
    warningTargets: targetsOf(warnings, kept),
  };
}

/**
 * `parsePlan`, plus what each warning is about (`warningTargets`, parallel to `plan.warnings`), so that the
 * preview can show it at the field it concerns. The plan is exactly what `parsePlan` gives.
 */
export function parsePlanDetailed(text: string, options: ParseOptions = {}): DetailedParse {
  try {
    return parse(text, options ?? {});
  } catch {
    // A last guard: the preview must open even on text no rule above foresaw.
    return { plan: { title: null, aspects: [], warnings: [warning('PARSE_FAILED', 1)] }, warningTargets: [{ ...PLAN_WIDE }] };
  }
}

/**
 * Reads a 整改落实方案 (pasted text or a .docx's text) into aspects → problems, with warnings for what the
 * office should check. Never throws: text it cannot make sense of gives an empty plan and warnings.
 */
export function parsePlan(text: string, options: ParseOptions = {}): ParsedPlan {
  return parsePlanDetailed(text, options).plan;
}
