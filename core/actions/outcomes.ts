import { z } from 'zod';
import { ACCOUNTABILITY_KIND_IDS, FUNDS_KIND_IDS, OUTCOME_KINDS } from '../outcomes/kinds';
import type { OutcomeFigureLine, OutcomeFigures } from '../outcomes/figures';
import { fenOfYuan } from '../outcomes/money';
import type { OutcomeView } from '../outcomes/model';
import { idSchema } from '../roster/model';
import { isoDaySchema } from './iso-day';

const text = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`);
/** An upload of the item (uploads/tasks/<taskId>/…): the rule's file or the money's voucher; the server checks it. */
const fileID = z.string().startsWith('cloud://').max(1024).nullable().default(null);
const fileName = z.string().trim().min(1).max(100).nullable().default(null);
const yuan = z
  .string()
  .transform((value, context) => {
    const fen = fenOfYuan(value);
    if (fen === null || fen === 0) {
      context.addIssue({ code: 'custom', message: '金额应为大于0的元数，最多两位小数' });
      return z.NEVER;
    }
    return fen;
  });

const ruleInput = z
  .object({ kind: z.literal('rule'), title: text('制度名称', 100), docNumber: z.string().trim().max(50).default(''), issuedOn: isoDaySchema, nature: z.enum(['new', 'revised']), fileID, fileName })
  .strict();
const accountabilityInput = z
  .object({
    kind: z.literal('accountability'),
    /** A member of the roster, or a name as written; exactly one. */
    memberId: idSchema.nullable().default(null),
    name: z.string().trim().max(20).default(''),
    type: z.enum(ACCOUNTABILITY_KIND_IDS),
    decidedOn: isoDaySchema,
    decidedBy: text('决定机关', 50),
    interviewId: idSchema.nullable().default(null),
  })
  .strict();
const fundsInput = z.object({ kind: z.literal('funds'), type: z.enum(FUNDS_KIND_IDS), amountYuan: yuan, receivedOn: isoDaySchema, fileID, fileName }).strict();
/** The child item's own measures, owner (the recorder when none is chosen) and deadline. */
const followUpInput = z
  .object({
    kind: z.literal('followUp'),
    problem: text('举一反三发现的问题', 500),
    measures: z.array(text('整改措施', 300)).min(1, '请至少填写一条整改措施').max(10),
    ownerId: idSchema.nullable().default(null),
    dueDate: isoDaySchema,
  })
  .strict();

/** The owner records an outcome with the 进展 that produced it; it counts once the 责任领导 confirms it. */
export const recordOutcomeInput = z
  .object({ taskId: idSchema, progressId: idSchema, outcome: z.discriminatedUnion('kind', [ruleInput, accountabilityInput, fundsInput, followUpInput]) })
  .strict()
  .refine((value) => value.outcome.kind !== 'accountability' || (value.outcome.memberId === null) !== (value.outcome.name === ''), {
    message: '请选择被问责人或填写姓名（二选一）',
    path: ['outcome', 'name'],
  });
export type RecordOutcomeInput = z.input<typeof recordOutcomeInput>;

/**
 * The 责任领导 (the 组长 when the item has none) confirms an outcome at review, or returns it saying why. Confirming a
 * 举一反三 problem makes it a child item.
 */
export const decideOutcomeInput = z
  .object({ outcomeId: idSchema, decision: z.enum(['confirm', 'return']), opinion: z.string().trim().max(500).default('') })
  .strict()
  .refine((value) => value.decision === 'confirm' || value.opinion.length > 0, { message: '退回时请说明理由', path: ['opinion'] });

/**
 * Outcomes the caller may see: of one item, or of one plan (null: all plans, chosen explicitly), of one kind — the
 * 制度清单 is `{kind: 'rule'}`. 问责 only reaches the office, the 书记 and the item's 责任领导.
 */
export const listOutcomesInput = z
  .object({ planId: idSchema.nullable(), taskId: idSchema.optional(), kind: z.enum(OUTCOME_KINDS).optional(), confirmedOnly: z.boolean().default(false) })
  .strict();
export type ListOutcomesOutput = { outcomes: OutcomeView[]; figures: OutcomeFigures; lines: OutcomeFigureLine[] };
export type OutcomeWriteOutput = { outcome: OutcomeView };
