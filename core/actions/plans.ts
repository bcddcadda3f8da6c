import { z } from 'zod';
import { planAspectSchema } from '../plan';
import type { ParsedPlan, WarningTarget } from '../plan';
import { idSchema } from '../roster/model';
import { departmentResolutionSchema, leaderResolutionSchema } from '../plans/resolution';
import type { NameSuggestion } from '../plans/resolution';
import type { TaskSummary } from '../tasks/model';
import { isValidIsoDay } from '../time';

/** A pasted plan is a few dozen KB; 2 MB leaves room for long ones and stays under the call's payload limit. */
export const MAX_PLAN_TEXT_LENGTH = 2_000_000;

export const isoDaySchema = z.string().refine(isValidIsoDay, '日期格式应为 YYYY-MM-DD');

// The plan date lets "年底前" without a year resolve in the preview already.
const previewOptions = { planDate: isoDaySchema.optional() };

export const previewPlanInput = z.union([
  z.object({ text: z.string().trim().min(1, '请粘贴方案正文').max(MAX_PLAN_TEXT_LENGTH, '方案正文过长'), ...previewOptions }).strict(),
  z
    .object({ fileID: z.string().startsWith('cloud://', '文件标识不正确').max(1024), fileName: z.string().max(200).optional(), ...previewOptions })
    .strict(),
]);
export type PreviewPlanOutput = {
  plan: ParsedPlan;
  /** Parallel to `plan.warnings`: the aspect, problem and field each warning is about, to show it there. */
  warningTargets: WarningTarget[];
  departments: NameSuggestion[];
  leaders: NameSuggestion[];
  /** The measures' own 责任人, matched against every active member (a measure's owner may be any cadre). */
  owners: NameSuggestion[];
  /** Set when a plan with the same title and problems is already in: importing again would be refused. */
  alreadyImported: { planId: string; title: string } | null;
};

const nonEmptyText = z.string().trim().min(1).max(2000);

/** The plan as the office corrected it in the preview: the parser's shape without warnings, every field re-checked. */
export const importPlanInput = z
  .object({
    title: z.string().trim().min(1, '请填写方案标题').max(200),
    planDate: isoDaySchema,
    aspects: z
      .array(
        planAspectSchema.extend({
          title: z.string().trim().min(1, '方面标题不能为空').max(200),
          problems: z
            .array(
              planAspectSchema.shape.problems.element.extend({
                title: z.string().trim().min(1, '问题标题不能为空').max(1000),
                measures: z.array(nonEmptyText).max(50),
                manifestations: z.array(nonEmptyText).max(50),
              }),
            )
            .min(1, '每个方面至少要有一个问题')
            .max(500),
        }),
      )
      .min(1, '方案中没有识别出任何问题')
      .max(50),
    departments: z.record(z.string().max(100), departmentResolutionSchema),
    leaders: z.record(z.string().max(100), leaderResolutionSchema),
    /** The measures' 责任人 as the office confirmed them, like the leaders; absent when the plan names none. */
    owners: z.record(z.string().max(100), leaderResolutionSchema).default({}),
  })
  .strict();
export type ImportPlanInput = z.input<typeof importPlanInput>;
export type ImportPlanOutput = { planId: string; taskCount: number; createdDepartments: string[] };

export interface PlanSummary {
  id: string;
  title: string;
  planDate: string;
  taskCount: number;
  aspectTitles: string[];
  importedAt: string;
  importedBy: string;
}

export const listPlansInput = z.object({}).strict();
export type ListPlansOutput = { plans: PlanSummary[] };

export const getPlanInput = z.object({ planId: idSchema }).strict();
export type GetPlanOutput = { plan: PlanSummary; aspects: { title: string; tasks: TaskSummary[] }[] };
