import { buildMonthlyReport } from '../../core/dashboard/monthly-report';
import type { ActionHandler } from '../api/handlers';
import { deliver } from './export-file';
import { readReportInput } from './report-data';
import { buildReportDocx } from './report-docx';
import { xmlSafe } from './xml-safe';

/** The month's 整改进展情况报告 (.docx): a draft for the office to edit, built from the month's posts and status changes. */
export const exportMonthlyReport: ActionHandler<'exports.monthlyReport'> = async (input, context) => {
  const now = context.now();
  const report = buildMonthlyReport(await readReportInput(context, input.month, input.planId));
  const bytes = await buildReportDocx(xmlSafe(report));
  const [year, month] = input.month.split('-');
  const file = await deliver('reports', bytes, `整改进展情况报告-${year}年${Number(month)}月.docx`, now);
  return { ...file, figures: report.figures };
};
