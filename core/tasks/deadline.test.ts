import { deadlineState, nextReviewDueAfterReport } from './deadline';

const at = (iso: string) => new Date(iso);
const open = (dueDate: string | null) => ({ status: 'in_progress' as const, dueDate, nextReviewDue: null });

describe('deadline colours (三色预警)', () => {
  const now = at('2026-11-30T02:00:00Z'); // 10:00 in Beijing

  it('is green with time to spare, yellow within 7 days, red once past', () => {
    expect(deadlineState(open('2026-12-20'), now)).toEqual({ colour: 'green', daysLeft: 20, label: '还剩20天' });
    expect(deadlineState(open('2026-12-07'), now)).toEqual({ colour: 'yellow', daysLeft: 7, label: '还剩7天' });
    expect(deadlineState(open('2026-11-30'), now)).toEqual({ colour: 'yellow', daysLeft: 0, label: '今天到期' });
    expect(deadlineState(open('2026-11-25'), now)).toEqual({ colour: 'red', daysLeft: -5, label: '已逾期5天' });
  });

  it('decides "today" in Beijing: at 16:30 UTC tomorrow has begun', () => {
    expect(deadlineState(open('2026-11-30'), at('2026-11-30T16:30:00Z')).colour).toBe('red');
  });

  it('has no colour without a due day or once closed', () => {
    expect(deadlineState(open(null), now).colour).toBe('none');
    expect(deadlineState({ status: 'closed', dueDate: '2026-01-01', nextReviewDue: null }, now)).toMatchObject({ colour: 'none', label: '已销号' });
  });

  it('turns a 长期坚持 item red when its quarterly report is missed', () => {
    expect(deadlineState({ status: 'long_term', dueDate: null, nextReviewDue: '2026-12-31' }, now).colour).toBe('green');
    expect(deadlineState({ status: 'long_term', dueDate: null, nextReviewDue: '2026-11-01' }, now)).toMatchObject({ colour: 'red', label: '巩固报告逾期29天' });
  });

  it('honours a configured window', () => {
    expect(deadlineState(open('2026-12-12'), now, 14).colour).toBe('yellow');
  });
});

describe('the quarterly consolidation report of a 长期坚持 item', () => {
  it('moves the due day one period on for a report within the period', () => {
    expect(nextReviewDueAfterReport('2026-12-31', '2026-12-20')).toBe('2027-03-31');
    expect(nextReviewDueAfterReport('2026-12-31', '2026-12-31')).toBe('2027-03-31');
    expect(nextReviewDueAfterReport('2026-12-31', '2026-10-01', 3)).toBe('2027-03-31');
  });

  it('does not buy a quarter with a second report in a period already reported for', () => {
    expect(nextReviewDueAfterReport('2027-03-31', '2026-12-21')).toBe('2027-03-31');
  });

  it('starts the cadence again from a late report', () => {
    expect(nextReviewDueAfterReport('2026-11-01', '2026-11-30')).toBe('2027-02-28');
    expect(nextReviewDueAfterReport(null, '2026-11-30', 6)).toBe('2027-05-30');
  });
});
