/**
 * Failures of the local cloud, as codes. The engine throws these; only the HTTP edge turns them into the
 * SDK's reply shapes (`{code, message}` for API calls, XML for the COS endpoints, JSON for the admin API).
 */
export type ErrorCode =
  | 'SYS_ERR'
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'STORAGE_FILE_NONEXIST'
  | 'STORAGE_REQUEST_FAIL'
  | 'STORAGE_EXCEED_AUTHORITY'
  | 'FUNCTIONS_EXECUTE_FAIL'
  | 'FUNCTION_NOT_FOUND';

export class EmulatorError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmulatorError';
  }
}

export const invalidParam = (message: string): EmulatorError => new EmulatorError('INVALID_PARAM', message);

export const collectionNotExist = (name: string): EmulatorError =>
  new EmulatorError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`);

/** A query, update or pipeline the database refuses (unknown operator, path conflict, …): mingo's message is kept. */
export const badRequest = (message: string): EmulatorError => new EmulatorError('DATABASE_REQUEST_FAILED', message);

/** Anything thrown that is not already an EmulatorError becomes SYS_ERR, never a crash or a silent success. */
export function toEmulatorError(error: unknown): EmulatorError {
  if (error instanceof EmulatorError) return error;
  return new EmulatorError('SYS_ERR', error instanceof Error ? error.message : String(error));
}
