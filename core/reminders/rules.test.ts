import { dueReminderFor } from './rules';
import { DEFAULT_REMINDER_SCHEDULE } from './schedule';

const at = (daysLeft: number) => dueReminderFor(daysLeft, DEFAULT_REMINDER_SCHEDULE);

describe('which deadline reminder an item is in', () => {
  it('stays quiet more than 7 days out', () => {
    expect(at(8)).toBeNull();
    expect(at(30)).toBeNull();
  });

  it('reminds the owners from 7 days before, and the leader too from 3 days before', () => {
    expect(at(7)).toEqual({ rule: 'due_soon', round: 0, audience: ['owners'] });
    expect(at(4)).toEqual({ rule: 'due_soon', round: 0, audience: ['owners'] });
    expect(at(3)).toEqual({ rule: 'due_close', round: 0, audience: ['owners', 'leader'] });
    expect(at(1)).toEqual({ rule: 'due_close', round: 0, audience: ['owners', 'leader'] });
    expect(at(0)).toEqual({ rule: 'due_today', round: 0, audience: ['owners', 'leader'] });
  });

  it('escalates to the secretary and the office once overdue, in 7-day rounds', () => {
    expect(at(-1)).toEqual({ rule: 'overdue', round: 0, audience: ['owners', 'leader', 'secretary', 'office'] });
    expect(at(-7)?.round).toBe(0);
    expect(at(-8)?.round).toBe(1);
    expect(at(-15)?.round).toBe(2);
  });
});
