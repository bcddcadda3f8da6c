import { createApiRouter } from '../../server/api/router';
import { EXPORT_HANDLERS } from '../../server/exports/handler-table';

const handleExportEvent = createApiRouter({ handlers: EXPORT_HANDLERS, name: 'exports' });

/** The mini-program calls `wx.cloud.callFunction({name: 'exports', data: {action, input}})` (see functionOf in core/actions). */
export const main = (event: unknown): Promise<unknown> => handleExportEvent(event);
