import type { DepartmentResolution, LeaderResolution, NameSuggestion } from '../../../core/plans/resolution';
import { matchName } from '../../../core/roster/name-match';
import type { PlanDraft } from './planDraft';

// The 责任部门, 责任领导 and measures' 责任人 written in the plan, each with how it matched the roster and what the office decided.

export type Named = { id: string; name: string };

export interface NameRow<R> {
  written: string;
  suggestion: NameSuggestion;
  /** How many problems use it. */
  uses: number;
  /** The office's choice, else the default; null when the office must choose (a close match). */
  decision: R | null;
  /** Whether the decision is the office's own rather than a default. */
  chosen: boolean;
}

// Units end like this; 全体帮扶干部、采编人员 are groups of people (干部 ends in 部 too) and stay as written, as do
// collective words for several units (各科室).
const DEPARTMENT_LIKE = /(室|部|办|科|股|组|中心|局|委|队)$/;
const PEOPLE_OR_SEVERAL = /(干部|人员|同志|职工|党员|员工|成员|群众)$|^(全体|各|相关|有关)/;

export function isDepartmentLike(name: string): boolean {
  const trimmed = name.trim();
  return DEPARTMENT_LIKE.test(trimmed) && !PEOPLE_OR_SEVERAL.test(trimmed);
}

/** Exact: that department. None: create it if it reads like a unit, else keep the words. Close: the office picks. */
export function defaultDepartmentDecision(name: string, suggestion: NameSuggestion): DepartmentResolution | null {
  const [first] = suggestion.candidates;
  if (suggestion.match === 'exact' && first) return { kind: 'department', departmentId: first.id };
  if (suggestion.match === 'close') return null;
  return isDepartmentLike(name) ? { kind: 'create' } : { kind: 'text' };
}

export function defaultLeaderDecision(suggestion: NameSuggestion): LeaderResolution | null {
  const [first] = suggestion.candidates;
  if (suggestion.match === 'exact' && first) return { kind: 'member', memberId: first.id };
  if (suggestion.match === 'close') return null;
  return { kind: 'text' };
}

/** A name the office typed in the preview was not in the preview's answer: match it here, the same way. */
export function suggestLocally(written: string, roster: Named[]): NameSuggestion {
  const match = matchName(written, roster, (item) => item.name);
  if (match.kind === 'exact') return { written, match: 'exact', candidates: [{ id: match.item.id, name: match.item.name }] };
  if (match.kind === 'close') return { written, match: 'close', candidates: match.candidates.map(({ id, name }) => ({ id, name })) };
  return { written, match: 'none', candidates: [] };
}

function countUses(names: string[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  return uses;
}

export function writtenDepartments(draft: PlanDraft): Map<string, number> {
  return countUses(draft.aspects.flatMap((aspect) => aspect.problems.flatMap((problem) => [...new Set(problem.departments.map((name) => name.trim()))])).filter(Boolean));
}

export function writtenLeaders(draft: PlanDraft): Map<string, number> {
  return countUses(draft.aspects.flatMap((aspect) => aspect.problems.map((problem) => problem.leader?.trim() ?? '')).filter(Boolean));
}

/** The measures' own 责任人, counted once per problem that names them. */
export function writtenOwners(draft: PlanDraft): Map<string, number> {
  return countUses(
    draft.aspects.flatMap((aspect) =>
      aspect.problems.flatMap((problem) => [...new Set((problem.measureDetails ?? []).map((detail) => detail.owner?.trim() ?? ''))]),
    ).filter(Boolean),
  );
}

export function nameRows<R>(
  written: Map<string, number>,
  suggestions: NameSuggestion[],
  roster: Named[],
  chosen: Record<string, R>,
  byDefault: (name: string, suggestion: NameSuggestion) => R | null,
): NameRow<R>[] {
  const rows = [...written].map(([name, uses]) => {
    const suggestion = suggestions.find((candidate) => candidate.written === name) ?? suggestLocally(name, roster);
    const own = chosen[name];
    return { written: name, suggestion, uses, decision: own ?? byDefault(name, suggestion), chosen: own !== undefined };
  });
  // What needs a look first (close, then unknown names), the exact matches after; stable within each.
  return rows.sort((a, b) => MATCH_ORDER[a.suggestion.match] - MATCH_ORDER[b.suggestion.match]);
}

const MATCH_ORDER: Record<NameSuggestion['match'], number> = { close: 0, none: 1, exact: 2 };

/** The decisions to send: one per name still written in the plan. */
export function decisionsOf<R>(rows: NameRow<R>[]): Record<string, R> {
  const decisions: Record<string, R> = {};
  for (const row of rows) if (row.decision) decisions[row.written] = row.decision;
  return decisions;
}
