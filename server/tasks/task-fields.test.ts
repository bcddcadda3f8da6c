import { attachments, sortKeyOf } from './task-fields';
import { decodeCursor, encodeCursor } from '../db/paging';

describe('the list order', () => {
  it('sorts by due day, then plan, then plan order, undated items last — as plain strings', () => {
    const keys = [
      sortKeyOf({ dueDate: null, planId: 'plan-a', seq: 1 }),
      sortKeyOf({ dueDate: '2026-12-31', planId: 'plan-b', seq: 2 }),
      sortKeyOf({ dueDate: '2026-12-31', planId: 'plan-a', seq: 10 }),
      sortKeyOf({ dueDate: '2026-12-31', planId: 'plan-a', seq: 9 }),
      sortKeyOf({ dueDate: '2026-03-01', planId: 'plan-z', seq: 1 }),
    ];
    expect([...keys].sort()).toEqual([keys[4], keys[3], keys[2], keys[1], keys[0]]);
  });

  it('keeps "due before today" a string comparison on the key’s first part', () => {
    expect(sortKeyOf({ dueDate: '2026-11-30', planId: 'p', seq: 1 }) < '2026-11-30').toBe(false);
    expect(sortKeyOf({ dueDate: '2026-11-29', planId: 'p', seq: 1 }) < '2026-11-30').toBe(true);
  });

  it('wraps the cursor so that it reads back exactly and a made-up one is refused', () => {
    const key = sortKeyOf({ dueDate: '2026-12-31', planId: 'plan-x', seq: 3 });
    expect(decodeCursor(encodeCursor(key))).toBe(key);
    expect(encodeCursor(key)).not.toContain('|');
    expect(() => decodeCursor('%%%')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => decodeCursor(Buffer.from('{"k":""}').toString('base64url'))).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('evidence counting', () => {
  it('counts a file attached twice once, and keeps it counted until its last attachment goes', () => {
    const posted = attachments([], ['a', 'b']);
    expect(posted.evidenceCount).toBe(2);
    const applied = attachments(posted.evidenceFiles, ['b', 'c']);
    expect(applied).toEqual({ evidenceFiles: ['a', 'b', 'b', 'c'], evidenceCount: 3 });
    const edited = attachments(applied.evidenceFiles, ['a'], ['a', 'b']);
    expect(edited).toEqual({ evidenceFiles: ['b', 'c', 'a'], evidenceCount: 3 });
    expect(attachments(undefined, []).evidenceCount).toBe(0);
  });
});
