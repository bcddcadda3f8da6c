import { z } from 'zod';
import type { MonthlyReportFigures } from '../dashboard/monthly-report';
import { isoMonthPattern } from '../dashboard/months';
import { planScopeSchema } from '../plans/scope';
import { taskFilterSchema } from './tasks';

/** Every export answers the file in cloud storage and a temporary URL to open it with. */
export interface ExportedFile {
  fileID: string;
  /** A temporary URL (minutes): download it, then Taro.openDocument on the phone. */
  url: string;
  fileName: string;
  bytes: number;
}

/** 整改台账 (.xlsx): the items the caller sees under the list's filter, one row each. */
export const exportLedgerInput = z.object({ filter: taskFilterSchema.default({}) }).strict();
export type ExportLedgerOutput = ExportedFile & { rows: number };

/** 整改进展情况报告 (.docx) of one Beijing calendar month, as a draft for the office to edit. */
export const exportMonthlyReportInput = z
  .object({
    month: z.string().regex(isoMonthPattern, '月份格式应为 YYYY-MM'),
    /** A plan, or ALL_PLANS; left out: the unit's current plan. */
    planId: planScopeSchema.optional(),
  })
  .strict();
export type ExportMonthlyReportOutput = ExportedFile & { figures: MonthlyReportFigures };

/** 公示 (.docx): the published items and their status, without those the office keeps internal. */
export const exportPublicNoticeInput = z.object({ planId: planScopeSchema.optional() }).strict();
export type ExportPublicNoticeOutput = ExportedFile & { items: number };
