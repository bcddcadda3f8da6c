import type { ErrorCode } from './errors';

/** What the api function answers: the client maps `code`, never parses `message`. */
/** `serverTime`: the cloud's clock when it answered, so a phone whose own clock is off still shows the right day. */
export type ApiSuccess<T> = { ok: true; data: T; serverTime?: string };
export type ApiFailure = { ok: false; code: ErrorCode; message: string; details?: unknown };
export type ApiResult<T> = ApiSuccess<T> | ApiFailure;
