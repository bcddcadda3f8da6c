import { z } from 'zod';
import type { Figures } from '../figures/figures';
import type { OutcomeFigures } from '../outcomes/figures';
import { idSchema } from '../roster/model';
import type { ExportedFile } from './exports';
import { isoDaySchema } from './iso-day';

const paragraph = (max: number) => z.string().trim().max(max, `每段不超过${max}字`);

/**
 * The free text of a plan's 整改情况报告 that the office writes before exporting: 主送, the opening, per 问题 its 成效
 * and 下一步, and the 下一步打算. Figures are never here — the export computes them.
 */
export const reportTextsSchema = z
  .object({
    recipient: z.string().trim().min(1, '请填写主送机关').max(50),
    opening: paragraph(1000),
    items: z.array(z.object({ taskId: idSchema, effect: paragraph(1000), nextStep: paragraph(500) }).strict()).max(500),
    nextPlans: z.array(paragraph(1000)).max(10),
  })
  .strict();
export type ReportTexts = z.infer<typeof reportTextsSchema>;

export const getReportTextsInput = z.object({ planId: idSchema }).strict();
export const saveReportTextsInput = z.object({ planId: idSchema, texts: reportTextsSchema }).strict();
export type ReportTextsOutput = { planId: string; texts: ReportTexts; savedAt: string | null };

/** 整改情况报告 (.docx) of one plan as of a day (not later than today): what a 党组 sends to 县委巡察办. */
/** One plan's report; left out, the unit's current plan's. */
export const exportSituationReportInput = z.object({ planId: idSchema.optional(), asOf: isoDaySchema }).strict();
export type ExportSituationReportOutput = ExportedFile & { items: ReportItemFigures; outcomes: OutcomeFigures };

/** The item figures of 总体情况: those of core/figures the report states. */
export type ReportItemFigures = Pick<Figures, 'total' | 'done' | 'inProgress' | 'notStarted' | 'overdue' | 'longTerm' | 'rate'>;
