import { createApiRouter } from '../../server/api/router';
import { API_HANDLERS } from '../../server/api/handler-table';

const handleApiEvent = createApiRouter({ handlers: API_HANDLERS });

/** The mini-program calls `wx.cloud.callFunction({name: 'api', data: {action, input}})`. */
export const main = (event: unknown): Promise<unknown> => handleApiEvent(event);
