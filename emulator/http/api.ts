import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmulatorError, invalidParam, toEmulatorError } from '../errors';
import type { LocalCloud } from '../engine/cloud';
import { actionTable, requestFacts } from '../protocol/actions';
import { openApiReply } from '../protocol/openapi';
import type { ApiReply } from '../protocol/types';
import { parseApiBody, readBody } from './body';
import { newRequestId, sendBinary, sendJson } from './respond';

export interface ApiEndpointOptions {
  baseUrl: () => string;
  log?: (line: string) => void;
}

/**
 * `POST /admin`, the one endpoint of every SDK call: decode, count, apply faults, dispatch by `action`, and
 * map an EmulatorError to the SDK's error shape `{requestId, code, message}` (HTTP 200, as the service does).
 */
export function apiEndpoint(cloud: LocalCloud, options: ApiEndpointOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const actions = actionTable(cloud);
  return async (req, res) => {
    const started = Date.now();
    const requestId = newRequestId();
    let action = '(unparsed)';
    let outcome = 'ok';
    try {
      const params = await parseApiBody(req, await readBody(req));
      if (typeof params.action !== 'string' || params.action === '') throw invalidParam('action is required');
      action = params.action;
      cloud.stats.record(action);

      const decision = cloud.faults.decide(requestFacts(action, params));
      if (decision.latencyMs > 0) await sleep(decision.latencyMs);
      const fault = decision.outcome;
      if (fault?.kind === 'drop') {
        outcome = 'dropped (fault)';
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'error') {
        outcome = `${fault.code} (fault)`;
        sendJson(res, 200, { requestId, code: fault.code, message: fault.message });
        return;
      }
      let reply: ApiReply;
      if (fault?.kind === 'wxError') {
        outcome = `errcode ${fault.errcode} (fault)`;
        reply = openApiReply({ errcode: fault.errcode, errmsg: fault.errmsg });
      } else {
        const handler = actions.get(action);
        if (!handler) throw new EmulatorError('INVALID_ACTION', `action ${action} is not supported by the emulator`);
        reply = await handler(params, { now: cloud.clock.nowMs(), baseUrl: options.baseUrl() });
      }
      if (reply.kind === 'json') sendJson(res, 200, { requestId, ...reply.body });
      else sendBinary(res, reply.contentType, reply.body);
    } catch (error) {
      const failure = toEmulatorError(error);
      outcome = failure.code;
      if (failure.code === 'SYS_ERR' && error instanceof Error) options.log?.(`${action} failed unexpectedly: ${error.stack ?? error.message}`);
      sendJson(res, 200, { requestId, code: failure.code, message: failure.message });
    } finally {
      options.log?.(`${action} ${outcome} ${Date.now() - started}ms`);
    }
  };
}
