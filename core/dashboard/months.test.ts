import { addDays, addMonthsToMonth, chineseMonth, lastMonths, monthOf, monthRange, startOfBeijingDay } from './months';

describe('Beijing months', () => {
  it('puts an instant in the month of its Beijing day', () => {
    expect(monthOf('2026-01-31T15:59:59Z')).toBe('2026-01');
    expect(monthOf('2026-01-31T16:00:00Z')).toBe('2026-02');
  });

  it('bounds a month from its first Beijing instant to the next month’s', () => {
    const range = monthRange('2026-02');
    expect(range.start.toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect([range.firstDay, range.lastDay]).toEqual(['2026-02-01', '2026-02-28']);
    expect(monthRange('2024-02').lastDay).toBe('2024-02-29');
    expect(monthRange('2026-12').end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('lists the last months oldest first, across a new year', () => {
    expect(lastMonths(new Date('2026-02-10T00:00:00Z'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(addMonthsToMonth('2025-12', 1)).toBe('2026-01');
    expect(addMonthsToMonth('2026-01', -13)).toBe('2024-12');
  });

  it('adds days and finds where a Beijing day starts', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(startOfBeijingDay('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(chineseMonth('2026-05')).toBe('2026年5月');
  });
});
