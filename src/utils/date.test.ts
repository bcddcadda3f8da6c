import { beijingParts, formatBeijingDateTime, formatDay, formatMoment, todayInBeijing } from './date';

describe('dates on the phone, always in Beijing time', () => {
  it('reads an instant late in the UTC evening as the next Beijing day', () => {
    expect(beijingParts('2026-03-19T16:30:00Z')).toEqual({ year: 2026, month: 3, day: 20, hours: 0, minutes: 30 });
    expect(formatBeijingDateTime('2026-03-19T16:30:00Z')).toBe('2026年3月20日 00:30');
  });

  it('leaves the year out of a moment of this Beijing year and writes it for another', () => {
    const now = new Date('2026-06-01T02:00:00Z');
    expect(formatMoment('2026-12-07T01:05:00Z', now)).toBe('12月7日 09:05');
    expect(formatMoment('2025-12-07T01:05:00Z', now)).toBe('2025年12月7日 09:05');
  });

  it('decides "this year" by the Beijing calendar on New Year\'s Eve in UTC', () => {
    // 16:30 UTC on 31 December is already 1 January in Beijing, for the moment and for "now" alike.
    const now = new Date('2026-12-31T16:30:00Z');
    expect(formatMoment('2026-12-31T16:00:00Z', now)).toBe('1月1日 00:00');
    expect(formatMoment('2026-12-31T15:00:00Z', now)).toBe('2026年12月31日 23:00');
  });

  it('names today by the Beijing day, not the phone\'s', () => {
    expect(todayInBeijing(new Date('2026-02-28T15:59:00Z'))).toBe('2026-02-28');
    expect(todayInBeijing(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03-01');
  });

  it('writes a day as people read it', () => {
    expect(formatDay('2026-06-30')).toBe('2026年6月30日');
  });
});
