import { z } from 'zod';
import { WARNING_CODES } from './warnings';

// The parser's output, exactly the JSON the preview and `plans.import` work with; strict so stray keys show.

export const planDeadlineSchema = z.strictObject({
  immediate: z.boolean(),
  longTerm: z.boolean(),
  months: z.number().int().positive().nullable(),
  date: z.iso.date().nullable(),
  text: z.string().nullable(),
  /** Written as already done (已完成): set only then, so plans without it read as before. */
  done: z.boolean().optional(),
});

/** A measure's own 责任人 and 时限, written with it (（责任人：张三，完成时限：3月底前）). */
export const planMeasureDetailSchema = z.strictObject({
  owner: z.string().nullable(),
  deadline: planDeadlineSchema.nullable(),
});

export const planProblemSchema = z.strictObject({
  number: z.string().nullable(),
  title: z.string(),
  manifestations: z.array(z.string()),
  measures: z.array(z.string()),
  target: z.string().nullable(),
  leader: z.string().nullable(),
  /** The posts written with the leaders' names (李文斌：镇党委副书记、镇长); only when the plan wrote any. */
  leaderNote: z.string().optional(),
  departments: z.array(z.string()),
  deadline: planDeadlineSchema,
  /** Parallel to `measures`; only when at least one measure names its own 责任人 or 时限. */
  measureDetails: z.array(planMeasureDetailSchema).optional(),
});

export const planAspectSchema = z.strictObject({
  title: z.string(),
  problems: z.array(planProblemSchema),
});

export const planWarningSchema = z.strictObject({
  code: z.enum(WARNING_CODES),
  message: z.string().min(1),
  line: z.number().int().min(1),
});

export const parsedPlanSchema = z.strictObject({
  title: z.string().nullable(),
  aspects: z.array(planAspectSchema),
  warnings: z.array(planWarningSchema),
});

export type PlanDeadline = z.infer<typeof planDeadlineSchema>;
export type PlanMeasureDetail = z.infer<typeof planMeasureDetailSchema>;
export type PlanProblem = z.infer<typeof planProblemSchema>;
export type PlanAspect = z.infer<typeof planAspectSchema>;
export type PlanWarning = z.infer<typeof planWarningSchema>;
export type ParsedPlan = z.infer<typeof parsedPlanSchema>;
