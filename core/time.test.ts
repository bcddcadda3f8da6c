import { addMonths, beijingDay, chineseDate, daysUntil, isValidIsoDay } from './time';

describe('Beijing calendar days', () => {
  it('counts 16:30 UTC as the next day in Beijing', () => {
    expect(beijingDay(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
    expect(beijingDay(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
  });

  it('counts days left by calendar day, not by 24-hour spans', () => {
    const lateEvening = new Date('2026-11-30T15:00:00Z'); // 23:00 in Beijing
    expect(daysUntil('2026-12-01', lateEvening)).toBe(1);
    expect(daysUntil('2026-11-30', lateEvening)).toBe(0);
    expect(daysUntil('2026-11-23', lateEvening)).toBe(-7);
  });

  it('adds months across month ends and leap days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('validates calendar days', () => {
    expect(isValidIsoDay('2028-02-29')).toBe(true);
    expect(isValidIsoDay('2026-02-29')).toBe(false);
    expect(isValidIsoDay('2026-2-1')).toBe(false);
  });

  it('writes dates the way documents do', () => {
    expect(chineseDate('2026-06-30')).toBe('2026年6月30日');
  });
});
