import type { ExportActionName } from '../../core/actions';
import type { HandlerTable } from '../api/handlers';
import { exportInterview } from './interview-export';
import { exportLedger } from './ledger-export';
import { exportPublicNotice } from './notice-export';
import { exportMonthlyReport } from './report-export';
import { exportSituationReport } from './situation-export';

/**
 * The `exports` function's actions (EXPORT_ACTIONS in core/actions): documents built with heavy packages (docx),
 * kept out of the `api` function so its cold start stays small: 约谈 records, the 台账 (exceljs), the monthly report, the 公示 and the 整改情况报告.
 */
export const EXPORT_HANDLERS: Pick<HandlerTable, ExportActionName> = {
  'exports.interview': exportInterview,
  'exports.ledger': exportLedger,
  'exports.monthlyReport': exportMonthlyReport,
  'exports.publicNotice': exportPublicNotice,
  'exports.situationReport': exportSituationReport,
};
