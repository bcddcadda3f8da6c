import { z } from 'zod';
import type { Figures } from '../figures/figures';
import type { DashboardSummary, PlanHeading, PublicNoticeItem } from '../dashboard/model';
import type { OutcomeFigureLine } from '../outcomes/figures';
import { idSchema } from '../roster/model';
import { planScopeSchema } from '../plans/scope';
import { taskFilterSchema } from './tasks';

/** The 统计 tab: every figure for the items the caller sees under the same filter as the list. */
export const dashboardSummaryInput = z.object({ filter: taskFilterSchema.default({}) }).strict();
export type DashboardSummaryOutput = DashboardSummary;

/** The 公示 page: what the unit publishes. */
export const publicNoticeInput = z.object({ planId: planScopeSchema.optional() }).strict();
export type PublicNoticeOutput = {
  unitName: string | null;
  /** The plans the notice covers, in import order. */
  plans: PlanHeading[];
  /** Published items, in plan order, numbered. */
  items: PublicNoticeItem[];
  /** The figures (core/figures) of the published items, now. */
  totals: Figures;
  /** What the published items' rectification achieved, in the standard wording: counts only, never a name. */
  outcomes: OutcomeFigureLine[];
  /** Items kept out of the notice: for the office only (it decides), null for everyone else. */
  internal: PublicNoticeItem[] | null;
};

/** The office keeps an item out of the 公示 (a matter the notice rules exclude) or puts it back. */
export const setTaskInternalInput = z.object({ taskId: idSchema, internal: z.boolean() }).strict();
export type SetTaskInternalOutput = { taskId: string; internal: boolean };
