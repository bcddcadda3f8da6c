import { z } from 'zod';
import { idSchema } from '../roster/model';
import { MAX_INTERVIEWERS, SLOT_PATTERN } from '../interviews/fields';
import type { SignatureSlotId } from '../interviews/fields';
import type { HalfYearCheck, InterviewAbilities, InterviewDetail, InterviewSummary, SealStatus } from '../interviews/model';
import { interviewKindSchema, interviewStateSchema } from '../interviews/states';
import type { InterviewState } from '../interviews/states';
import { isoDaySchema } from './iso-day';
import { fileNames, namesMatchFiles } from './tasks';
import { TEXT_LIMITS, requiredText, textSchema } from '../text';

export const INTERVIEW_PAGE_SIZE = 20;
export const MAX_INTERVIEW_ATTACHMENTS = 9;

/** A draft may leave a field empty: '' and null both mean "not written yet". */
const draftText = (label: string, max: number) =>
  textSchema(label, max)
    .nullable()
    .default(null)
    .transform((value) => (value === null || value === '' ? null : value));
const instant = (label: string) => z.iso.datetime({ offset: true, message: `${label}应为带时区的时间，如 2026-03-20T09:00:00+08:00` });
const interviewId = idSchema;
/** Reading an older revision: the current one when left out. */
const revision = z.number().int().min(1, '版本号从1开始').max(999).optional();

export const interviewSourceInput = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('task'), taskId: idSchema }).strict(),
    z.object({ type: z.literal('text'), text: requiredText('事项来源', TEXT_LIMITS.interviewSource) }).strict(),
  ],
  { message: '事项来源应为一个整改事项或一段文字' },
);

/** The proposal as the form holds it. Empty fields are allowed in a draft; submitting names what is missing. */
const proposalFields = {
  kind: interviewKindSchema,
  source: interviewSourceInput.nullable().default(null),
  subjectId: idSchema.nullable().default(null),
  interviewerIds: z
    .array(idSchema)
    .max(MAX_INTERVIEWERS, `约谈人最多${MAX_INTERVIEWERS}人`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  recorderId: idSchema.nullable().default(null),
  /** The leader who is to approve: the secretary, or a leader who is not one of the 约谈人. */
  approverId: idSchema.nullable().default(null),
  plannedAt: instant('约谈时间').nullable().default(null),
  place: draftText('约谈地点', TEXT_LIMITS.interviewPlace),
  reason: draftText('约谈事由', TEXT_LIMITS.interviewReason),
};

/** A leader or the office proposes; `submit: false` keeps it as 拟约谈 (a saved draft). */
export const proposeInterviewInput = z.object({ ...proposalFields, submit: z.boolean().default(true) }).strict();
export type ProposeInterviewInput = z.input<typeof proposeInterviewInput>;

/** Replaces the whole proposal of a 拟约谈 or 退回 record (the form sends every field). */
export const updateInterviewInput = z.object({ interviewId, ...proposalFields }).strict();

/** 拟约谈 / 退回 → 待审批; refused with INCOMPLETE naming what is missing. */
export const submitInterviewInput = z.object({ interviewId }).strict();

/** The 领导审批意见 is required either way: its blank column is what the inspection found. */
export const approveInterviewInput = z
  .object({ interviewId, decision: z.enum(['approve', 'return'], { message: '请选择同意或退回' }), opinion: requiredText('审批意见', TEXT_LIMITS.interviewOpinion) })
  .strict();

/** The 记录人 writes (and may save part of) the record; the first save marks the talk as held (已谈话). */
export const recordInterviewInput = z
  .object({
    interviewId,
    heldAt: instant('谈话时间').nullable().default(null),
    /** Required when the talk was held before the day it was planned (and approved) for. */
    earlyReason: draftText('提前谈话原因', 200),
    content: draftText('谈话内容', TEXT_LIMITS.interviewContent),
    statement: draftText('约谈对象说明/表态', TEXT_LIMITS.interviewStatement),
    requirements: draftText('整改要求', TEXT_LIMITS.interviewRequirements),
    commitments: z
      .array(textSchema('每条整改承诺', TEXT_LIMITS.interviewCommitment))
      .max(20, '整改承诺最多20条')
      .default([])
      .transform((items) => items.filter((item) => item.length > 0)),
    feedbackDue: isoDaySchema.nullable().default(null),
    attachments: z
      .array(z.string().startsWith('cloud://', '附件标识不正确').max(1024))
      .max(MAX_INTERVIEW_ATTACHMENTS, `最多${MAX_INTERVIEW_ATTACHMENTS}个附件`)
      .default([]),
    /** The names the 记录人 picked the attachments by, in their order (see fileNames). */
    attachmentNames: fileNames,
  })
  .strict()
  .refine((value) => value.attachmentNames === undefined || value.attachmentNames.length === value.attachments.length, {
    message: '附件名称与附件数量不一致',
    path: ['attachmentNames'],
  });

/** 已谈话 → 待签字, once every field of the record is written. */
export const requestSignaturesInput = z.object({ interviewId }).strict();

/** The PNG was uploaded to `uploads/interviews/<interviewId>/<slot>-<random>.png` (signatureUploadPath). */
export const signInterviewInput = z
  .object({
    interviewId,
    slot: z.custom<SignatureSlotId>((value) => typeof value === 'string' && SLOT_PATTERN.test(value), '签字栏不正确'),
    fileID: z.string().startsWith('cloud://', '签名文件标识不正确').max(1024),
    /** The record's contentHash as the signer's screen showed it: the signature binds to that text. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, '请刷新记录后再签字'),
  })
  .strict();

export const addDeptOpinionInput = z.object({ interviewId, opinion: requiredText('组织实施部门意见', TEXT_LIMITS.deptOpinion) }).strict();

/** 已签字 → 已归档, once the 组织实施部门意见 is given. */
export const fileInterviewInput = z.object({ interviewId }).strict();

/** The 对象's 整改反馈 after filing, once. */
export const feedbackInterviewInput = z
  .object({
    interviewId,
    text: requiredText('整改反馈', TEXT_LIMITS.interviewFeedback),
    fileIDs: z.array(z.string().startsWith('cloud://', '附件标识不正确').max(1024)).max(MAX_INTERVIEW_ATTACHMENTS, `最多${MAX_INTERVIEW_ATTACHMENTS}个附件`).default([]),
    fileNames,
  })
  .strict()
  .refine(namesMatchFiles.check, namesMatchFiles.message);

export const getInterviewInput = z.object({ interviewId, revision }).strict();
export type GetInterviewOutput = { interview: InterviewDetail; can: InterviewAbilities };

export const interviewFilterSchema = z
  .object({
    state: interviewStateSchema.optional(),
    kind: interviewKindSchema.optional(),
  })
  .strict();
export type InterviewFilter = z.infer<typeof interviewFilterSchema>;

/** Only records the caller may see, filtered in the database; counts likewise. */
export const listInterviewsInput = z
  .object({
    filter: interviewFilterSchema.default({}),
    cursor: z.string().max(200).nullable().default(null),
    withCounts: z.boolean().default(true),
  })
  .strict();
export type ListInterviewsOutput = {
  /** The caller's records waiting for their signature (first page only; at most one page of them). */
  toSign: InterviewSummary[];
  items: InterviewSummary[];
  nextCursor: string | null;
  counts: Record<InterviewState, number> | null;
};

/** Re-hashes the content and the stored signature images and compares them with the seal. */
export const verifyInterviewInput = z.object({ interviewId, revision }).strict();
export type VerifyInterviewOutput = { interviewId: string; revision: number; seal: SealStatus };

/** A correction of a sealed record: a new revision at 已谈话, signed again; the old one stays readable. */
export const reviseInterviewInput = z.object({ interviewId, reason: requiredText('更正原因', TEXT_LIMITS.revisionReason) }).strict();

/** For the office (and the secretary): records missing anything, and the half-year check. */
export const interviewOverviewInput = z.object({}).strict();
export type InterviewOverviewOutput = {
  /** Records that cannot move on, each with its `missing` fields (and filed records whose 整改反馈 is overdue). */
  incomplete: InterviewSummary[];
  halfYear: HalfYearCheck;
  counts: Record<InterviewState, number>;
};

/** Every write answers the record as it now is, so the page redraws without a second call. */
export type InterviewWriteOutput = GetInterviewOutput;

/** On the `exports` function: the .docx of a 约谈记录 (a revision, default the current), written to cloud storage. */
export const exportInterviewInput = z.object({ interviewId, revision }).strict();
export type ExportInterviewOutput = {
  fileID: string;
  /** A temporary URL (minutes): download it, then Taro.openDocument on the phone. */
  url: string;
  fileName: string;
  /** The seal as checked while exporting; the footer of the document says the same. */
  seal: SealStatus;
};
