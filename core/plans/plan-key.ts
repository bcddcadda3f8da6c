import type { ParsedPlan } from '../plan';

/**
 * What makes two imports "the same plan": the titles of its aspects and problems, whitespace aside. Corrections the
 * office makes in the preview (the plan's title, leaders, deadlines, measures) do not make it a different plan.
 */
export function planIdentityText(plan: Pick<ParsedPlan, 'aspects'>): string {
  const squash = (text: string) => text.replace(/\s+/g, '');
  return [...plan.aspects.flatMap((aspect) => [`#${squash(aspect.title)}`, ...aspect.problems.map((problem) => squash(problem.title))])].join('\n');
}
