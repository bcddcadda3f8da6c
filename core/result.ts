import type { ErrorCode } from './errors';

/** What the api function answers: the client maps `code`, never parses `message`. */
export type ApiSuccess<T> = { ok: true; data: T };
export type ApiFailure = { ok: false; code: ErrorCode; message: string; details?: unknown };
export type ApiResult<T> = ApiSuccess<T> | ApiFailure;
