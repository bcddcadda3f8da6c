import { AppError } from '../../core/errors';
import type { Command, Document } from '../platform/database-types';

/** The cursor is the last row's sort key, wrapped so that clients treat it as opaque. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ k: sortKey }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    if (typeof value.k === 'string' && value.k.length > 0) return value.k;
  } catch {
    // Falls through to the refusal below.
  }
  throw new AppError('VALIDATION_FAILED', '翻页位置无效，请刷新列表', { issues: [{ path: 'cursor', message: '翻页位置无效' }] });
}

/**
 * One page out of rows read with `limit(size + 1)`: the extra row tells whether another page follows, without
 * counting. The next cursor is the last row's sort key unless the list says otherwise.
 */
export function pageOf<Row extends { sortKey: string }>(rows: Row[], size: number): { items: Row[]; nextCursor: string | null };
export function pageOf<Row>(rows: Row[], size: number, cursorOf: (row: Row) => string): { items: Row[]; nextCursor: string | null };
export function pageOf<Row>(rows: Row[], size: number, cursorOf?: (row: Row) => string): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  if (rows.length <= size || last === undefined) return { items, nextCursor: null };
  return { items, nextCursor: cursorOf ? cursorOf(last) : encodeCursor((last as { sortKey: string }).sortKey) };
}

/** Conditions joined with `and`, the empty ones left out: one condition stays as it is, none matches everything. */
export function allOf(_: Command, conditions: (Document | null)[]): Document {
  const present = conditions.filter((condition): condition is Document => condition !== null && Object.keys(condition).length > 0);
  if (present.length === 0) return {};
  if (present.length === 1) return present[0] as Document;
  return _.and(present) as Document;
}
