import { canonicalJson } from './seal';
import { halfYearOf, halfYearWarning } from './half-year';

describe('canonical JSON for the seal', () => {
  it('sorts keys at every depth, keeps array order, drops undefined and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 'é' }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[3,{"y":"é","z":1}]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('writes instants as ISO-8601 UTC and refuses what JSON cannot say exactly', () => {
    expect(canonicalJson({ at: new Date('2026-03-20T01:00:00+08:00') })).toBe('{"at":"2026-03-19T17:00:00.000Z"}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});

describe('half-years in the Beijing calendar', () => {
  it('splits January–June and July–December by the Beijing day', () => {
    expect(halfYearOf(new Date('2026-06-30T15:59:59Z'))).toEqual({ key: '2026H1', label: '2026年上半年', start: '2026-01-01', end: '2026-06-30' });
    expect(halfYearOf(new Date('2026-06-30T16:00:00Z'))).toMatchObject({ key: '2026H2', label: '2026年下半年', start: '2026-07-01', end: '2026-12-31' });
    expect(halfYearOf(new Date('2025-12-31T16:30:00Z')).key).toBe('2026H1');
  });

  it('warns only when nothing was held', () => {
    const half = halfYearOf('2026-03-01T00:00:00Z');
    expect(halfYearWarning(half, 1, 0)).toBeNull();
    expect(halfYearWarning(half, 0, 2)).toBe('2026年上半年还没有归档的约谈（已安排2次，尚未完成）');
    expect(halfYearWarning(half, 0, 0)).toBe('2026年上半年尚未开展约谈，也没有安排约谈');
  });
});
