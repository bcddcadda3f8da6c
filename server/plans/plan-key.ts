import { createHash } from 'node:crypto';
import { planIdentityText } from '../../core/plans/plan-key';
import type { ParsedPlan } from '../../core/plan';

/** The plan's document id: the same plan imported twice lands on the same id, so the second import is refused. */
export function planIdFor(plan: Pick<ParsedPlan, 'aspects'>): string {
  return `plan-${createHash('sha256').update(planIdentityText(plan)).digest('hex').slice(0, 32)}`;
}
