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

/** Anything a call threw, as the ApiError the UI shows: an ApiError as it is, the rest as INTERNAL. */
export function toApiError(error: unknown): ApiError {
  return isApiError(error) ? error : new ApiError('INTERNAL', undefined, error);
}

/** The code to show for anything a call threw. */
export function errorCodeOf(error: unknown): ErrorCode {
  return isApiError(error) ? error.code : 'INTERNAL';
}
