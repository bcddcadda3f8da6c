import { decodeCursor, pageOf } from './paging';

describe('a page read with one row more than its size', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, index) => ({ sortKey: `k${index}`, at: new Date(Date.UTC(2026, 11, 15 - index)) }));

  it('keeps the page and points the cursor at its last row when the extra row came back', () => {
    const page = pageOf(rows(4), 3);
    expect(page.items.map((row) => row.sortKey)).toEqual(['k0', 'k1', 'k2']);
    expect(decodeCursor(page.nextCursor as string)).toBe('k2');
  });

  it('ends the list when no extra row came back, a full last page included', () => {
    expect(pageOf(rows(3), 3)).toEqual({ items: rows(3), nextCursor: null });
    expect(pageOf(rows(0), 3)).toEqual({ items: [], nextCursor: null });
  });

  it('takes the cursor a list states itself', () => {
    expect(pageOf(rows(2), 1, (row) => row.at.toISOString()).nextCursor).toBe('2026-12-15T00:00:00.000Z');
  });
});
