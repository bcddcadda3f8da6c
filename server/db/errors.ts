/** wx-server-sdk rejects with a plain Error carrying errCode/errMsg; transactions reject with a raw `.code`. */
export function sdkErrorCode(error: unknown): number | string | null {
  if (typeof error !== 'object' || error === null) return null;
  const record = error as { errCode?: unknown; code?: unknown };
  if (typeof record.errCode === 'number') return record.errCode;
  if (typeof record.code === 'string' || typeof record.code === 'number') return record.code;
  return null;
}

export function isDocumentNotFound(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? String((error as { errMsg?: unknown }).errMsg ?? (error as Error).message ?? '') : '';
  return /does not exist/.test(message);
}

/** What a transaction rejects with when parallel transactions kept changing its documents, after the SDK's retries. */
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';

export function isTransactionConflict(error: unknown): boolean {
  return sdkErrorCode(error) === TRANSACTION_CONFLICT;
}
