import type { PreviewPlanOutput } from '../../../core/actions/plans';
import type { PlanAspect, PlanProblem, PlanWarning, ProblemField } from '../../../core/plan';
import type { PlanKind } from '../../../core/plans/kinds';

// The plan as the office corrects it in the preview. Every problem and aspect has a key that survives removals,
// and carries the parser's warnings about it; a warning about a field the office has since changed is settled.

export type FieldWarning = PlanWarning & { field: ProblemField | null };

export interface DraftProblem extends PlanProblem {
  key: string;
  warnings: FieldWarning[];
  /** Fields the office changed: their warnings no longer show. */
  edited: ProblemField[];
}

export interface DraftAspect {
  key: string;
  title: string;
  titleWarnings: PlanWarning[];
  titleEdited: boolean;
  problems: DraftProblem[];
}

export interface PlanDraft {
  title: string;
  /** 巡察, 审计…: suggested from the plan's title and opening, confirmed by the office. */
  kind: PlanKind;
  /** 反馈来源, e.g. 县委第三巡察组反馈意见（2026年9月）. */
  source: string;
  titleWarnings: PlanWarning[];
  /** About the plan as a whole: shown at the top. */
  planWarnings: PlanWarning[];
  aspects: DraftAspect[];
}

export function draftFromPreview({ plan, warningTargets, suggested }: PreviewPlanOutput): PlanDraft {
  const draft: PlanDraft = {
    title: plan.title ?? '',
    kind: suggested.kind,
    source: suggested.source,
    titleWarnings: [],
    planWarnings: [],
    aspects: plan.aspects.map((aspect, a) => ({
      key: `a${a}`,
      title: aspect.title,
      titleWarnings: [],
      titleEdited: false,
      problems: aspect.problems.map((problem, p) => ({ ...problem, key: `a${a}p${p}`, warnings: [], edited: [] })),
    })),
  };
  plan.warnings.forEach((warning, i) => {
    const target = warningTargets[i] ?? { aspect: null, problem: null, field: null };
    const aspect = target.aspect === null ? undefined : draft.aspects[target.aspect];
    const problem = aspect && target.problem !== null ? aspect.problems[target.problem] : undefined;
    if (problem) problem.warnings.push({ ...warning, field: target.field });
    else if (aspect) aspect.titleWarnings.push(warning);
    else if (target.field === 'title') draft.titleWarnings.push(warning);
    else draft.planWarnings.push(warning);
  });
  return draft;
}

/** The warnings still to look at: those about fields nobody has changed yet. */
export function openWarnings(problem: DraftProblem): FieldWarning[] {
  return problem.warnings.filter((warning) => warning.field === null || !problem.edited.includes(warning.field));
}

export function warningsAt(problem: DraftProblem, field: ProblemField | null): FieldWarning[] {
  return openWarnings(problem).filter((warning) => warning.field === field);
}

export function aspectWarningCount(aspect: DraftAspect): number {
  const own = aspect.titleEdited ? 0 : aspect.titleWarnings.length;
  return own + aspect.problems.reduce((sum, problem) => sum + openWarnings(problem).length, 0);
}

export function openWarningCount(draft: PlanDraft, titleEdited: boolean): number {
  const title = titleEdited ? 0 : draft.titleWarnings.length;
  return draft.planWarnings.length + title + draft.aspects.reduce((sum, aspect) => sum + aspectWarningCount(aspect), 0);
}

export function problemCount(draft: PlanDraft): number {
  return draft.aspects.reduce((sum, aspect) => sum + aspect.problems.length, 0);
}

export type ProblemChange = Partial<Pick<PlanProblem, ProblemField>>;

/**
 * A measure's 责任人 and 时限 stay with that measure when the office edits the list: found again by its text,
 * else by its place when the list kept its length (the measure was reworded); a new measure has none.
 */
function realignedDetails(problem: DraftProblem, change: ProblemChange): Pick<PlanProblem, 'measureDetails'> {
  const details = problem.measureDetails;
  if (!details || !change.measures) return {};
  const next = change.measures;
  const unused = new Set(problem.measures.keys());
  const sameLength = next.length === problem.measures.length;
  const realigned = next.map((text, index) => {
    const same = problem.measures.findIndex((old, at) => unused.has(at) && old.trim() === text.trim());
    const at = same >= 0 ? same : sameLength && unused.has(index) ? index : -1;
    if (at < 0) return { owner: null, deadline: null };
    unused.delete(at);
    return details[at] ?? { owner: null, deadline: null };
  });
  return { measureDetails: realigned };
}

/** Applies the office's change to one problem and settles the warnings about the fields it touched. */
export function updateProblem(draft: PlanDraft, key: string, change: ProblemChange): PlanDraft {
  const fields = Object.keys(change) as ProblemField[];
  return {
    ...draft,
    aspects: draft.aspects.map((aspect) => ({
      ...aspect,
      problems: aspect.problems.map((problem) =>
        problem.key === key
          ? { ...problem, ...change, ...realignedDetails(problem, change), edited: [...new Set([...problem.edited, ...fields])] }
          : problem,
      ),
    })),
  };
}

/** Removes a problem; an aspect left without problems goes too (an import needs at least one per aspect). */
export function removeProblem(draft: PlanDraft, key: string): PlanDraft {
  return {
    ...draft,
    aspects: draft.aspects
      .map((aspect) => ({ ...aspect, problems: aspect.problems.filter((problem) => problem.key !== key) }))
      .filter((aspect) => aspect.problems.length > 0),
  };
}

export function renameAspect(draft: PlanDraft, key: string, title: string): PlanDraft {
  return { ...draft, aspects: draft.aspects.map((aspect) => (aspect.key === key ? { ...aspect, title, titleEdited: true } : aspect)) };
}

export function findProblem(draft: PlanDraft, key: string): { aspect: DraftAspect; problem: DraftProblem } | null {
  for (const aspect of draft.aspects) {
    const problem = aspect.problems.find((candidate) => candidate.key === key);
    if (problem) return { aspect, problem };
  }
  return null;
}

const tidyList = (items: string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

/** The problem in the shape plans.import takes: exactly the parser's fields, tidied. */
export function toPlanProblem(problem: DraftProblem): PlanProblem {
  const leader = problem.leader?.trim() ?? '';
  const target = problem.target?.trim() ?? '';
  const number = problem.number?.trim() ?? '';
  // Measures left empty go, and their 责任人 and 时限 with them.
  const kept = problem.measures.flatMap((text, index) => (text.trim() === '' ? [] : [{ text: text.trim(), detail: problem.measureDetails?.[index] }]));
  const details = kept.map(({ detail }) => ({ owner: detail?.owner?.trim() || null, deadline: detail?.deadline ?? null }));
  return {
    number: number === '' ? null : number,
    title: problem.title.trim(),
    manifestations: tidyList(problem.manifestations),
    measures: kept.map(({ text }) => text),
    target: target === '' ? null : target,
    leader: leader === '' ? null : leader,
    ...(problem.leaderNote ? { leaderNote: problem.leaderNote } : {}),
    departments: [...new Set(tidyList(problem.departments))],
    deadline: problem.deadline,
    ...(details.some((detail) => detail.owner !== null || detail.deadline !== null) ? { measureDetails: details } : {}),
  };
}

/** The aspects to import, and for each position the problem's key, to point an error back at its card. */
export function toImportAspects(draft: PlanDraft): { aspects: PlanAspect[]; keys: string[][] } {
  return {
    aspects: draft.aspects.map((aspect) => ({ title: aspect.title.trim(), problems: aspect.problems.map(toPlanProblem) })),
    keys: draft.aspects.map((aspect) => aspect.problems.map((problem) => problem.key)),
  };
}

/** What must be filled before confirming, per problem key (and '' for the plan title); empty when all is well. */
export function missingFields(draft: PlanDraft): Record<string, string> {
  const missing: Record<string, string> = {};
  if (draft.title.trim() === '') missing[''] = '请填写方案标题';
  for (const aspect of draft.aspects) {
    if (aspect.title.trim() === '') missing[aspect.key] = '方面标题不能为空';
    for (const problem of aspect.problems) if (problem.title.trim() === '') missing[problem.key] = '问题标题不能为空';
  }
  return missing;
}

/**
 * The same text parsed again at another plan date: the fresh deadlines, with every change the office made kept —
 * edited fields (a measure's 责任人 and 时限 with edited measures), renamed titles, removed problems.
 */
export function carryEdits(before: PlanDraft, fresh: PlanDraft, titleEdited: boolean): PlanDraft {
  const beforeAspects = new Map(before.aspects.map((aspect) => [aspect.key, aspect]));
  return {
    ...fresh,
    title: titleEdited ? before.title : fresh.title,
    aspects: fresh.aspects.flatMap((aspect) => {
      const old = beforeAspects.get(aspect.key);
      if (!old) return [];
      const oldProblems = new Map(old.problems.map((problem) => [problem.key, problem]));
      const problems = aspect.problems.flatMap((problem) => {
        const was = oldProblems.get(problem.key);
        if (!was) return [];
        const edits: ProblemChange = Object.fromEntries(was.edited.map((field) => [field, was[field]]));
        const details = was.edited.includes('measures') ? { measureDetails: was.measureDetails } : {};
        return [{ ...problem, ...edits, ...details, edited: was.edited }];
      });
      return [{ ...aspect, title: old.titleEdited ? old.title : aspect.title, titleEdited: old.titleEdited, problems }];
    }),
  };
}
