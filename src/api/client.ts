import type { ActionInput, ActionName, ActionOutput } from '../../core/actions';
import { isErrorCode } from '../../core/errors';
import { ApiError } from './errors';
import { functionFor } from './functions';
import { initTransport, send } from './transport';
import { learnServerTime } from '../utils/clock';

export { ApiError, errorCodeOf, isApiError, toApiError } from './errors';

/** Call once at app launch, so the first action does not pay for the cloud SDK's start-up. */
export function initApi(): void {
  initTransport();
}

/**
 * Calls one action on the cloud function that serves it (`exports.*` on `exports`, the rest on `api`)
 * and returns its data.
 * Throws ApiError: the function's own code on `{ok: false}`, NETWORK when the call never arrived,
 * INTERNAL when the answer is not an api result.
 */
export async function callApi<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> {
  const sentAtMs = Date.now();
  const answer = await send(functionFor(action), { action, input });
  if (typeof answer === 'object' && answer !== null && 'serverTime' in answer) learnServerTime(answer.serverTime, sentAtMs, Date.now());
  return unwrap(answer) as ActionOutput<A>;
}

function unwrap(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) throw new ApiError('INTERNAL');
  const result = answer as { ok: unknown; data?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (result.ok === true) return result.data;
  const code = isErrorCode(result.code) ? result.code : 'INTERNAL';
  throw new ApiError(code, typeof result.message === 'string' ? result.message : undefined, result.details);
}
