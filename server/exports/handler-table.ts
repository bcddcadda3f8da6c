import type { ExportActionName } from '../../core/actions';
import type { HandlerTable } from '../api/handlers';
import { exportInterview } from './interview-export';
import { exportLedger } from './ledger-export';
import { exportPublicNotice } from './notice-export';
import { exportMonthlyReport } from './report-export';

/**
 * The `exports` function's actions (EXPORT_ACTIONS in core/actions): documents built with heavy packages (docx),
 * kept out of the `api` function so its cold start stays small: 约谈 records, the 台账 (exceljs), the monthly report and the 公示.
 */
export const EXPORT_HANDLERS: Pick<HandlerTable, ExportActionName> = {
  'exports.interview': exportInterview,
  'exports.ledger': exportLedger,
  'exports.monthlyReport': exportMonthlyReport,
  'exports.publicNotice': exportPublicNotice,
};
