import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput } from '../../core/actions';
import { ERROR_MESSAGES, isErrorCode } from '../../core/errors';
import type { ErrorCode } from '../../core/errors';

/** Why an action did not answer with data: a code the UI maps to words, never a message to parse. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

// Babel's ES5 classes can break `instanceof` on Error subclasses; the name and code are enough.
export function isApiError(value: unknown): value is ApiError {
  return value instanceof Error && value.name === 'ApiError' && isErrorCode((value as { code?: unknown }).code);
}

/** The code to show for anything a call threw. */
export function errorCodeOf(error: unknown): ErrorCode {
  return isApiError(error) ? error.code : 'INTERNAL';
}

let cloudReady = false;

/** Call once at app launch: the mini-program's cloud SDK must be initialised before any callFunction. */
export function initApi(): void {
  if (process.env.TARO_ENV !== 'weapp' || cloudReady) return;
  // The client SDK has no DYNAMIC_CURRENT_ENV (a server constant); leaving env out picks the default environment.
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
  cloudReady = true;
}

/**
 * Calls one action of the `api` cloud function and returns its data.
 * Throws ApiError: the function's own code on `{ok: false}`, NETWORK when the call never arrived,
 * INTERNAL when the answer is not an api result.
 */
export async function callApi<A extends ActionName>(action: A, input: ActionInput<A>): Promise<ActionOutput<A>> {
  const payload = { action, input };
  const answer = process.env.TARO_ENV === 'weapp' ? await callCloud(payload) : await callHttp(payload);
  return unwrap(answer) as ActionOutput<A>;
}

type Payload = { action: ActionName; input: unknown };

async function callCloud(payload: Payload): Promise<unknown> {
  initApi();
  try {
    const response = await Taro.cloud.callFunction({ name: 'api', data: payload });
    return response.result;
  } catch (error) {
    throw new ApiError('NETWORK', undefined, error);
  }
}

// On H5 the dev server on the same origin runs the real function as the session's demo identity.
async function callHttp(payload: Payload): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch('/api/functions/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(payload),
    });
  } catch (error) {
    throw new ApiError('NETWORK', undefined, error);
  }
  if (!response.ok) throw new ApiError(response.status >= 500 ? 'INTERNAL' : 'NETWORK', `HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new ApiError('INTERNAL', undefined, error);
  }
}

function unwrap(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) throw new ApiError('INTERNAL');
  const result = answer as { ok: unknown; data?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (result.ok === true) return result.data;
  const code = isErrorCode(result.code) ? result.code : 'INTERNAL';
  throw new ApiError(code, typeof result.message === 'string' ? result.message : undefined, result.details);
}
