import { z } from 'zod';
import { planAspectSchema } from '../plan';
import { planDeadlineSchema } from '../plan/schema';
import type { ParsedPlan, WarningTarget } from '../plan';
import { idSchema } from '../roster/model';
import { departmentResolutionSchema, leaderResolutionSchema } from '../plans/resolution';
import type { NameSuggestion } from '../plans/resolution';
import type { TaskSummary } from '../tasks/model';
import { planKindSchema } from '../plans/kinds';
import type { PlanKind } from '../plans/kinds';
import { TEXT_LIMITS, nameText, requiredText, textSchema } from '../text';
import { isoDaySchema } from './iso-day';

/** A pasted plan is a few dozen KB; 2 MB leaves room for long ones and stays under the call's payload limit. */
export const MAX_PLAN_TEXT_LENGTH = 2_000_000;

// The plan date lets "年底前" without a year resolve in the preview already.
const previewOptions = { planDate: isoDaySchema.optional() };

export const previewPlanInput = z.union([
  z.object({ text: textSchema('方案正文', MAX_PLAN_TEXT_LENGTH).refine((text) => text.length > 0, '请粘贴方案正文'), ...previewOptions }).strict(),
  z
    .object({ fileID: z.string().startsWith('cloud://', '文件标识不正确').max(1024), fileName: textSchema('文件名', TEXT_LIMITS.fileName, { name: true }).optional(), ...previewOptions })
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
  /** The kind and source line the plan's title and opening suggest (core/plans/kinds), for the office to confirm. */
  suggested: { kind: PlanKind; source: string };
};

const nonEmptyText = requiredText('方案内容', TEXT_LIMITS.planItem);
/** A 责任部门 or 责任领导 as the plan writes it; the same cleaning on both sides keeps the resolutions' keys matching. */
const writtenName = nameText('责任部门或责任领导', TEXT_LIMITS.writtenName);

const planSourceText = textSchema('反馈来源', TEXT_LIMITS.planSource);

/** The plan as the office corrected it in the preview: the parser's shape without warnings, every field re-checked. */
export const importPlanInput = z
  .object({
    title: requiredText('方案标题', TEXT_LIMITS.planTitle),
    planDate: isoDaySchema,
    kind: planKindSchema.default('other'),
    /** Whose findings the plan answers and when, e.g. 县委第三巡察组反馈意见（2026年9月）. */
    source: planSourceText.default(''),
    aspects: z
      .array(
        planAspectSchema.extend({
          title: requiredText('方面标题', TEXT_LIMITS.aspectTitle),
          problems: z
            .array(
              planAspectSchema.shape.problems.element.extend({
                number: textSchema('问题编号', TEXT_LIMITS.problemNumber, { name: true }).nullable(),
                title: requiredText('问题标题', TEXT_LIMITS.problemTitle),
                measures: z.array(nonEmptyText).max(50),
                manifestations: z.array(nonEmptyText).max(50),
                target: textSchema('成效目标', TEXT_LIMITS.planItem).nullable(),
                leader: writtenName.nullable(),
                departments: z.array(writtenName).max(20),
                deadline: planDeadlineSchema.extend({ text: textSchema('整改时限', TEXT_LIMITS.deadlineText).nullable() }),
              }),
            )
            .min(1, '每个方面至少要有一个问题')
            .max(500),
        }),
      )
      .min(1, '方案中没有识别出任何问题')
      .max(50),
    departments: z.record(writtenName, departmentResolutionSchema),
    leaders: z.record(writtenName, leaderResolutionSchema),
    /** The measures' 责任人 as the office confirmed them, like the leaders; absent when the plan names none. */
    owners: z.record(writtenName, leaderResolutionSchema).default({}),
  })
  .strict();
export type ImportPlanInput = z.input<typeof importPlanInput>;
export type ImportPlanOutput = { planId: string; taskCount: number; createdDepartments: string[] };

export interface PlanSummary {
  id: string;
  title: string;
  kind: PlanKind;
  /** Empty when the office has not said. */
  source: string;
  /** Archived plans stay readable and exportable, leave the default pickers and are not reminded. */
  archived: boolean;
  /** The unit's current plan: what every list, figure and export shows unless another plan is chosen. */
  current: boolean;
  planDate: string;
  taskCount: number;
  aspectTitles: string[];
  importedAt: string;
  importedBy: string;
}

export const listPlansInput = z.object({}).strict();
/** Newest import first; `currentPlanId` is null only while no plan is in (or every plan is archived). */
export type ListPlansOutput = { plans: PlanSummary[]; currentPlanId: string | null };

/** The office corrects a plan's kind and source line. */
export const updatePlanInput = z.object({ planId: idSchema, kind: planKindSchema, source: planSourceText }).strict();
export type PlanWriteOutput = { plan: PlanSummary };

/** The office makes a plan (not archived) the unit's current plan. */
export const setCurrentPlanInput = z.object({ planId: idSchema }).strict();

/** The office archives a finished plan, or restores it. */
export const archivePlanInput = z.object({ planId: idSchema, archived: z.boolean() }).strict();

export const getPlanInput = z.object({ planId: idSchema }).strict();
export type GetPlanOutput = { plan: PlanSummary; aspects: { title: string; tasks: TaskSummary[] }[] };
