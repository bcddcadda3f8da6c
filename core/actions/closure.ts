import { z } from 'zod';
import { idSchema } from '../roster/model';
import { TEXT_LIMITS, requiredText, textSchema } from '../text';
import { fileIDs, fileNames, namesMatchFiles, version } from './tasks';

/** 销号: the owner applies, the 责任领导 reviews, the 组长 signs off; each answers the item as it now is (TaskWriteOutput). */
export const applyClosureInput = z
  .object({ taskId: idSchema, version, summary: requiredText('整改完成情况', TEXT_LIMITS.closureSummary), fileIDs: fileIDs.min(1, '请至少上传一份佐证材料'), fileNames })
  .strict()
  .refine(namesMatchFiles.check, namesMatchFiles.message);

/** A return must say what is still to be done (补充整改要求); a pass may add an opinion. */
const decisionWithOpinion = z
  .object({ taskId: idSchema, version, decision: z.enum(['pass', 'return']), opinion: textSchema('意见', TEXT_LIMITS.closureOpinion).default('') })
  .strict()
  .refine((value) => value.decision === 'pass' || value.opinion.length > 0, { message: '退回时请填写补充整改要求', path: ['opinion'] });
export const reviewClosureInput = decisionWithOpinion;
export const signOffClosureInput = decisionWithOpinion;
