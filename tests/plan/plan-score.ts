import type { ParsedPlan, PlanDeadline } from '../../core/plan';

// A field-by-field score of a parse against what a careful clerk would extract from the same plan: one point per
// field of each expected problem; a problem the parser invented costs as much as a problem it missed entirely.

export interface ClerkDeadline {
  date?: string | null;
  months?: number | null;
  immediate?: boolean;
  longTerm?: boolean;
  done?: boolean;
}

export interface ClerkProblem {
  aspect: string;
  title: string;
  manifestations: string[];
  measures: string[];
  /** Per measure, its own 责任人 (null where the measure names none); omitted when the plan names none at all. */
  owners?: Array<string | null>;
  target?: string | null;
  leader: string | null;
  departments: string[];
  deadline: ClerkDeadline;
}

export interface PlanScore {
  points: number;
  of: number;
  score: number;
  misses: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function deadlineMatches(actual: PlanDeadline, expected: ClerkDeadline): boolean {
  return (
    actual.date === (expected.date ?? null) &&
    actual.months === (expected.months ?? null) &&
    actual.immediate === (expected.immediate ?? false) &&
    actual.longTerm === (expected.longTerm ?? false) &&
    (actual.done ?? false) === (expected.done ?? false)
  );
}

export function scorePlan(plan: ParsedPlan, expected: ClerkProblem[]): PlanScore {
  const actual = plan.aspects.flatMap((aspect) => aspect.problems.map((problem) => ({ aspect: aspect.title, problem })));
  const misses: string[] = [];
  let points = 0;
  let of = 0;
  const check = (label: string, ok: boolean) => {
    of += 1;
    if (ok) points += 1;
    else misses.push(label);
  };
  expected.forEach((clerk, index) => {
    const found = actual[index];
    const at = `#${index + 1} ${clerk.title.slice(0, 12)}`;
    check(`${at} aspect`, found?.aspect === clerk.aspect);
    check(`${at} title`, found?.problem.title === clerk.title);
    check(`${at} manifestations`, same(found?.problem.manifestations, clerk.manifestations));
    check(`${at} measures`, same(found?.problem.measures, clerk.measures));
    if (clerk.owners) {
      const owners = found ? found.problem.measures.map((_, i) => found.problem.measureDetails?.[i]?.owner ?? null) : null;
      check(`${at} owners`, same(owners, clerk.owners));
    }
    check(`${at} target`, (found?.problem.target ?? null) === (clerk.target ?? null));
    check(`${at} leader`, found?.problem.leader === clerk.leader);
    check(`${at} departments`, same(found?.problem.departments, clerk.departments));
    check(`${at} deadline`, found !== undefined && deadlineMatches(found.problem.deadline, clerk.deadline));
  });
  const fieldsPerProblem = expected.length > 0 ? of / expected.length : 8;
  for (const extra of actual.slice(expected.length)) {
    of += fieldsPerProblem;
    misses.push(`extra problem「${extra.problem.title.slice(0, 12)}」`);
  }
  return { points, of, score: of === 0 ? 1 : points / of, misses };
}
