import { z } from 'zod';
import { idSchema } from '../roster/model';

/** The explicit choice of every plan not archived ("全部整改任务"); leaving the plan out means the unit's current plan. */
export const ALL_PLANS = 'all';
export const ALL_PLANS_LABEL = '全部整改任务';

/** A plan's id, or ALL_PLANS. Plan ids are `plan-<hash>`, so no plan is ever called `all`. */
export const planScopeSchema = z.union([z.literal(ALL_PLANS), idSchema]);
export type PlanScope = z.infer<typeof planScopeSchema>;
