import type { ExportActionName } from '../../core/actions';
import type { HandlerTable } from '../api/handlers';
import { exportInterview } from './interview-export';

/**
 * The `exports` function's actions (EXPORT_ACTIONS in core/actions): documents built with heavy packages (docx),
 * kept out of the `api` function so its cold start stays small. Add 台账 and report exports here.
 */
export const EXPORT_HANDLERS: Pick<HandlerTable, ExportActionName> = {
  'exports.interview': exportInterview,
};
