import { invalidParam } from '../errors';
import type { FunctionHost } from '../engine/functions/host';
import { requiredString } from './params';
import { dataReply, type ActionHandler } from './types';

export function functionActions(functions: FunctionHost): Record<string, ActionHandler> {
  return {
    'functions.invokeFunction': async (params) => {
      const name = requiredString(params, 'function_name');
      let event: unknown = {};
      if (params.request_data !== undefined) {
        try {
          event = JSON.parse(String(params.request_data));
        } catch {
          throw invalidParam('request_data must be JSON');
        }
      }
      // A call through the SDK comes from a function (or a script), never from a phone: the callee gets no
      // caller identity, and SOURCE 'wx_cloud' says it was called from the cloud side.
      const responseData = await functions.invoke(name, event, { SOURCE: 'wx_cloud' });
      return dataReply({ response_data: responseData });
    },
  };
}
