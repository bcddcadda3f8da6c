// The H5 transport: the dev server on the same origin runs the real function (`api`, `exports`) as the session's
// demo identity and answers with its return value (HTTP 200 even for {ok: false}).
import { ApiError } from './errors';
import type { FunctionName } from '../../core/actions';
import type { Payload } from './payload';

/** Nothing to set up: the session cookie identifies the caller. */
export function initTransport(): void {}

/** The named function's return value; NETWORK when unreachable or refused, INTERNAL when the server failed. */
export async function send(name: FunctionName, payload: Payload): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/functions/${name}`, {
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
