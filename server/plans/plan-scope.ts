import { PLAN_KIND_LABELS, planKindOf } from '../../core/plans/kinds';
import { ALL_PLANS } from '../../core/plans/scope';
import type { PlanScope } from '../../core/plans/scope';
import type { PlanHeading } from '../../core/dashboard/model';
import { COLLECTIONS } from '../db/collections';
import type { Command, Database, Document } from '../platform/database-types';
import type { PlanDocument } from './plan-documents';

/** A unit keeps a handful of plans; 100 is far more than any has, and one get answers them all. */
const PLANS_LIMIT = 100;

type CurrentCandidate = Pick<PlanDocument, '_id' | 'current' | 'archived'>;

/** The unit's current plan: the one the office chose, else the newest imported; never an archived one. */
export function currentPlanOf(newestFirst: readonly CurrentCandidate[]): string | null {
  const active = newestFirst.filter((plan) => plan.archived !== true);
  return (active.find((plan) => plan.current === true) ?? active[0])?._id ?? null;
}

/**
 * The plan an action covers: the one asked for, ALL_PLANS when asked, else the current plan (one read of the plans),
 * or ALL_PLANS while the unit has no plan that is not archived.
 */
export async function resolvePlanScope(db: Database, requested: PlanScope | undefined): Promise<PlanScope> {
  if (requested !== undefined) return requested;
  const { data } = await db
    .collection(COLLECTIONS.plans)
    .where({ archived: db.command.neq(true) })
    .orderBy('importedAt', 'desc')
    .limit(PLANS_LIMIT)
    .field({ current: true, archived: true })
    .get<CurrentCandidate>();
  return currentPlanOf(data) ?? ALL_PLANS;
}

/** The scope as a condition on items: one plan's, or those of every plan not archived (marked on the items by plans.archive). */
export function planCondition(_: Command, scope: PlanScope): Document {
  return scope === ALL_PLANS ? { planArchived: _.neq(true) } : { planId: scope };
}

/** The plans of a scope, in import order: the chosen plan (archived or not), or every plan not archived. */
export function plansInScope<P extends Pick<PlanDocument, '_id' | 'archived'>>(importOrder: readonly P[], scope: PlanScope): P[] {
  return scope === ALL_PLANS ? importOrder.filter((plan) => plan.archived !== true) : importOrder.filter((plan) => plan._id === scope);
}

export type PlanHeadingFields = Pick<PlanDocument, '_id' | 'title' | 'kind' | 'source' | 'archived'>;

export function toPlanHeading(plan: PlanHeadingFields): PlanHeading {
  const kind = planKindOf(plan.kind);
  return { id: plan._id, title: plan.title, kind, kindLabel: PLAN_KIND_LABELS[kind], source: plan.source ?? '' };
}
