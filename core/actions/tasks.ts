import { z } from 'zod';
import { COUNT_KEYS } from '../figures/figures';
import type { InterviewKind, InterviewState } from '../interviews/states';
import { planScopeSchema } from '../plans/scope';
import { idSchema } from '../roster/model';
import type { AuthMeOutput } from './auth';
import { MAX_FILES_PER_POST } from '../tasks/evidence';
import type { TaskAbilities, TaskDetail, TaskListItem, TimelineEntry } from '../tasks/model';
import { taskStatusSchema } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import { isoDaySchema } from './iso-day';
import { TEXT_LIMITS, requiredText, textSchema } from '../text';

export const TASK_PAGE_SIZE = 20;

export const fileIDs = z.array(z.string().startsWith('cloud://').max(1024)).max(MAX_FILES_PER_POST, `最多${MAX_FILES_PER_POST}个附件`);
/**
 * The names people picked the files by, in the order of `fileIDs` (storage paths are random, so without them a
 * document shows as k3x9….pdf). Optional; shown in the timeline and the 销号 application, never used to decide anything.
 */
export const fileNames = z.array(textSchema('附件名称', TEXT_LIMITS.fileName, { name: true, required: true })).max(MAX_FILES_PER_POST).optional();
export const namesMatchFiles = {
  check: (value: { fileIDs: string[]; fileNames?: string[] | undefined }) => value.fileNames === undefined || value.fileNames.length === value.fileIDs.length,
  message: { message: '附件名称与附件数量不一致', path: ['fileNames'] },
};
/** The version the caller saw: a decision taken on a stale screen answers CONFLICT instead of overwriting. */
export const version = z.number().int().min(1);

export const taskFilterSchema = z
  .object({
    status: taskStatusSchema.optional(),
    /** A plan, or ALL_PLANS; left out: the unit's current plan. */
    planId: planScopeSchema.optional(),
    aspectIndex: z.number().int().min(0).max(99).optional(),
    departmentId: idSchema.optional(),
    leaderId: idSchema.optional(),
    overdueOnly: z.boolean().optional(),
    /** The items one figure of 统计 counts (core/figures), so a figure opens the list behind it. */
    figure: z.enum(COUNT_KEYS).optional(),
    /** The 举一反三 items instead of the plan's own 问题: 统计 counts them apart, so every list shows one kind or the other. */
    followUps: z.boolean().optional(),
  })
  .strict();
export type TaskFilter = z.infer<typeof taskFilterSchema>;

export const listTasksInput = z
  .object({
    filter: taskFilterSchema.default({}),
    cursor: z.string().max(200).nullable().default(null),
    /** Counts per status cost one more round trip: the first page asks for them, "load more" does not. */
    withCounts: z.boolean().default(true),
    /** The caller as auth.me answers it, read alongside: 我的事项's first screen then needs one call, not two. */
    withMe: z.boolean().default(false),
  })
  .strict();
export type ListTasksOutput = {
  /** Sorted by deadline (items without a due day last), then plan and plan order; TASK_PAGE_SIZE a page. */
  items: TaskListItem[];
  /** Pass back for the next page; null on the last page. Opaque: a cursor from another filter is harmless but meaningless. */
  nextCursor: string | null;
  /**
   * The plan's 问题 per status (as 统计 counts them) among those the caller sees under every filter except `status`
   * and `followUps` — so the tabs on top keep their figures while one of them is chosen. null when `withCounts` was false.
   */
  counts: Record<TaskStatus, number> | null;
  /** The 举一反三 items under the same filters, counted apart like the 问题 above; null when `withCounts` was false. */
  followUpCount: number | null;
  /** What auth.me answers; null when `withMe` was false. */
  me: AuthMeOutput | null;
};

export const getTaskInput = z.object({ taskId: idSchema }).strict();
/** A 约谈 about the item, as its page lists it: only those the viewer may see (the record is confidential). */
export type TaskInterviewLink = { id: string; kind: InterviewKind; state: InterviewState; plannedAt: string | null; heldAt: string | null };
export type GetTaskOutput = { task: TaskDetail; timeline: TimelineEntry[]; can: TaskAbilities; interviews: TaskInterviewLink[] };

export const assignTaskInput = z
  .object({
    taskId: idSchema,
    version,
    departmentIds: z.array(idSchema).max(20),
    leaderId: idSchema.nullable(),
    assigneeIds: z.array(idSchema).max(20),
  })
  .strict();

export const markMeasureInput = z
  .object({ taskId: idSchema, measureId: z.string().min(1).max(20), done: z.boolean(), note: textSchema('备注', TEXT_LIMITS.measureNote).nullable().default(null) })
  .strict();

export const addProgressInput = z
  .object({ taskId: idSchema, text: requiredText('进展情况', TEXT_LIMITS.progress), fileIDs: fileIDs.default([]), fileNames })
  .strict()
  .refine(namesMatchFiles.check, namesMatchFiles.message);
export const EDIT_PROGRESS_MINUTES = 10;
export const editProgressInput = z
  .object({ progressId: idSchema, text: requiredText('进展情况', TEXT_LIMITS.progress), fileIDs: fileIDs.default([]), fileNames })
  .strict()
  .refine(namesMatchFiles.check, namesMatchFiles.message);

export const commentTaskInput = z.object({ taskId: idSchema, text: requiredText('意见', TEXT_LIMITS.comment) }).strict();

export const requestExtensionInput = z.object({ taskId: idSchema, version, reason: requiredText('延期理由', TEXT_LIMITS.extensionReason), newDate: isoDaySchema }).strict();
export const decideExtensionInput = z
  .object({ taskId: idSchema, version, decision: z.enum(['approve', 'refuse']), opinion: textSchema('审批意见', TEXT_LIMITS.extensionOpinion).default('') })
  .strict();

/** Every write answers the item as it now is, so the page redraws without a second call. */
export type TaskWriteOutput = GetTaskOutput;
