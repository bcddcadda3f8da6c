import fc from 'fast-check';
import { TASK_STATUSES } from '../tasks/status';
import { beijingDay } from '../time';
import { monthEnd, monthlyProgressDay, readScopes, REMINDER_FAMILIES, reminderKey, remindersDue } from './plan';
import type { ReadScope, RemindableTask } from './plan';
import { consolidationReminderFor } from './rules';
import { DEFAULT_REMINDER_SCHEDULE } from './schedule';

const schedule = DEFAULT_REMINDER_SCHEDULE;
const open = (dueDate: string | null, latestProgressAt: string | null = null): RemindableTask => ({ status: 'in_progress', dueDate, nextReviewDue: null, latestProgressAt });
const rules = (task: RemindableTask, at: string) => remindersDue(task, new Date(at), schedule).map(({ rule, round, dueDay, daysLeft }) => ({ rule, round, dueDay, daysLeft }));
/** The deadline reminders alone (from the 25th on, the monthly 进展 reminder comes too). */
const deadline = (task: RemindableTask, at: string) => rules(task, at).filter((due) => due.rule !== 'monthly_progress');

describe('which reminders an item is due for, in Beijing days', () => {
  it('counts 16:30 UTC as the next Beijing day: an item due on 12-01 is due today', () => {
    const task = open('2026-12-01');
    expect(deadline(task, '2026-11-30T15:59:00Z')).toEqual([{ rule: 'due_close', round: 0, dueDay: '2026-12-01', daysLeft: 1 }]);
    expect(deadline(task, '2026-11-30T16:30:00Z')).toEqual([{ rule: 'due_today', round: 0, dueDay: '2026-12-01', daysLeft: 0 }]);
    // 00:30 UTC on 12-02 is 08:30 in Beijing: one day overdue.
    expect(deadline(task, '2026-12-02T00:30:00Z')).toEqual([{ rule: 'overdue', round: 0, dueDay: '2026-12-01', daysLeft: -1 }]);
  });

  it('counts across month ends and a leap day', () => {
    // Seven days before 03-01 is 02-23 in a leap year, 02-22 otherwise.
    expect(deadline(open('2028-03-01'), '2028-02-22T01:00:00Z')).toEqual([]);
    expect(deadline(open('2028-03-01'), '2028-02-23T01:00:00Z')).toEqual([{ rule: 'due_soon', round: 0, dueDay: '2028-03-01', daysLeft: 7 }]);
    expect(deadline(open('2026-03-01'), '2026-02-22T01:00:00Z')).toEqual([{ rule: 'due_soon', round: 0, dueDay: '2026-03-01', daysLeft: 7 }]);
    expect(deadline(open('2028-03-01'), '2028-02-28T01:00:00Z')).toEqual([{ rule: 'due_close', round: 0, dueDay: '2028-03-01', daysLeft: 2 }]);
    expect(deadline(open('2026-03-01'), '2026-02-28T01:00:00Z')).toEqual([{ rule: 'due_close', round: 0, dueDay: '2026-03-01', daysLeft: 1 }]);
    expect(deadline(open('2028-02-29'), '2028-03-08T01:00:00Z')).toEqual([{ rule: 'overdue', round: 1, dueDay: '2028-02-29', daysLeft: -8 }]);
    expect(deadline(open('2026-12-31'), '2027-01-01T01:00:00Z')).toEqual([{ rule: 'overdue', round: 0, dueDay: '2026-12-31', daysLeft: -1 }]);
  });

  it('stays quiet for items that are not being worked on or have no due day', () => {
    for (const status of ['pending_review', 'pending_signoff', 'closed'] as const) {
      expect(remindersDue({ status, dueDate: '2026-03-05', nextReviewDue: null, latestProgressAt: null }, new Date('2026-03-05T01:00:00Z'), schedule)).toEqual([]);
    }
    expect(deadline(open(null), '2026-03-05T01:00:00Z')).toEqual([]);
  });
});

describe('the monthly 进展 reminder', () => {
  it('is due from the 25th (Beijing) to the month end for open items with no progress that month', () => {
    const task = open('2027-12-31');
    expect(rules(task, '2026-03-24T15:59:00Z')).toEqual([]);
    // 16:00 UTC on the 24th is already the 25th in Beijing.
    expect(rules(task, '2026-03-24T16:00:00Z')).toEqual([{ rule: 'monthly_progress', round: 0, dueDay: '2026-03-31', daysLeft: 6 }]);
    expect(rules(task, '2026-03-31T10:00:00Z')).toEqual([{ rule: 'monthly_progress', round: 0, dueDay: '2026-03-31', daysLeft: 0 }]);
    expect(rules(task, '2026-03-31T16:00:00Z')).toEqual([]);
  });

  it('is not due once progress was posted that Beijing month', () => {
    // 16:30 UTC on 02-28 is 03-01 in Beijing: progress of March.
    expect(rules(open('2027-12-31', '2026-02-28T16:30:00Z'), '2026-03-26T01:00:00Z')).toEqual([]);
    expect(rules(open('2027-12-31', '2026-02-28T15:30:00Z'), '2026-03-26T01:00:00Z')).toHaveLength(1);
  });

  it('falls on the last day of a month shorter than the configured day', () => {
    const late = { ...schedule, monthlyProgressDay: 31 };
    expect(monthlyProgressDay('2026-02-10', late)).toBe('2026-02-28');
    expect(monthlyProgressDay('2028-02-10', late)).toBe('2028-02-29');
    expect(monthlyProgressDay('2026-04-10', late)).toBe('2026-04-30');
    expect(monthEnd('2028-02-03')).toBe('2028-02-29');
  });

  it('comes with the deadline reminder when both are due', () => {
    expect(rules(open('2026-03-27'), '2026-03-26T01:00:00Z').map((due) => due.rule)).toEqual(['due_close', 'monthly_progress']);
  });
});

describe('长期坚持 consolidation reports', () => {
  const longTerm = (nextReviewDue: string): RemindableTask => ({ status: 'long_term', dueDate: '2026-01-31', nextReviewDue, latestProgressAt: null });

  it('reminds the owners a week before, then owners and leader every 7 days once late', () => {
    expect(consolidationReminderFor(8, schedule)).toBeNull();
    expect(consolidationReminderFor(7, schedule)).toEqual({ rule: 'consolidation', round: 0, audience: ['owners'] });
    expect(consolidationReminderFor(-1, schedule)).toEqual({ rule: 'consolidation', round: 1, audience: ['owners', 'leader'] });
    expect(consolidationReminderFor(-8, schedule)?.round).toBe(2);
    expect(rules(longTerm('2026-04-30'), '2026-05-02T01:00:00Z')).toEqual([{ rule: 'consolidation', round: 1, dueDay: '2026-04-30', daysLeft: -2 }]);
  });

  it('never chases a 长期坚持 item for its old deadline or monthly progress', () => {
    expect(rules(longTerm('2026-09-30'), '2026-03-26T01:00:00Z')).toEqual([]);
  });
});

describe('reminder keys and the items a run reads', () => {
  it('differ by rule, round, item, person and due day', () => {
    const base = { rule: 'overdue' as const, round: 0, taskId: 't1', memberId: 'm1', dueDay: '2026-03-01' };
    const keys = new Set([base, { ...base, round: 1 }, { ...base, rule: 'due_today' as const }, { ...base, taskId: 't2' }, { ...base, memberId: 'm2' }, { ...base, dueDay: '2026-04-01' }].map(reminderKey));
    expect(keys.size).toBe(6);
    expect(reminderKey(base)).toBe(reminderKey({ ...base }));
  });

  it('gives a measure its own key, and leaves item keys as they were', () => {
    const base = { rule: 'overdue' as const, round: 0, taskId: 't1', memberId: 'm1', dueDay: '2026-03-01' };
    expect(reminderKey({ ...base, measureId: null })).toBe('overdue|0|t1|m1|2026-03-01');
    expect(reminderKey({ ...base, measureId: 'm2' })).not.toBe(reminderKey({ ...base, measureId: 'm3' }));
  });

  it('reads items due within the owners window, and every open item from the monthly day', () => {
    const dueBy = (at: string) => readScopes(new Date(at), schedule).map((scope) => scope.dueBy?.day ?? 'every item');
    expect(dueBy('2026-03-10T01:00:00Z')).toEqual(['2026-03-17', '2026-03-17', '2026-03-17']);
    expect(dueBy('2026-03-24T16:30:00Z')).toEqual(['2026-04-01', '2026-04-01', 'every item', '2026-04-01']);
  });
});

describe('a measure’s own deadline', () => {
  const withMeasures = (measures: NonNullable<RemindableTask['measures']>): RemindableTask => ({ ...open('2026-06-30'), measures });
  const measure = { id: 'm1', text: '修订采购制度', done: false };

  it('is reminded like the item’s, to the measure’s owner when the roster knows them', () => {
    const due = remindersDue(withMeasures([{ ...measure, dueDate: '2026-03-12', owner: { id: 'p1', name: '张三' } }]), new Date('2026-03-10T01:00:00Z'), schedule);
    expect(due).toEqual([{ rule: 'due_close', round: 0, audience: ['owners', 'leader'], dueDay: '2026-03-12', daysLeft: 2, measure: { id: 'm1', text: '修订采购制度', ownerId: 'p1' } }]);
    const unlinked = remindersDue(withMeasures([{ ...measure, dueDate: '2026-03-09', owner: { id: null, name: '张三' } }]), new Date('2026-03-10T01:00:00Z'), schedule);
    expect(unlinked).toMatchObject([{ rule: 'overdue', measure: { ownerId: null } }]);
  });

  it('stays quiet once the measure is done, when it falls on the item’s own due day, or when the item is not open', () => {
    const at = new Date('2026-03-10T01:00:00Z');
    expect(remindersDue(withMeasures([{ ...measure, done: true, dueDate: '2026-03-10' }]), at, schedule)).toEqual([]);
    expect(remindersDue({ ...withMeasures([{ ...measure, dueDate: '2026-03-10' }]), dueDate: '2026-03-10' }, at, schedule).map((due) => due.measure)).toEqual([null]);
    expect(remindersDue({ ...withMeasures([{ ...measure, dueDate: '2026-03-10' }]), status: 'pending_review' }, at, schedule)).toEqual([]);
  });
});

/** How the database reads a scope (core's words for the run's query): the item matches if some value of the field is on or before the day. */
function inScope(task: RemindableTask, scope: ReadScope): boolean {
  if (!scope.statuses.includes(task.status)) return false;
  if (scope.dueBy === null) return true;
  const { field, day } = scope.dueBy;
  const values = field === 'measures.dueDate' ? (task.measures ?? []).map((measure) => measure.dueDate ?? null) : [task[field]];
  return values.some((value) => value !== null && value <= day);
}

describe('what the run reads covers what every rule reminds', () => {
  const day = fc.integer({ min: -400, max: 400 }).map((offset) => new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
  const task = fc.record({
    status: fc.constantFrom(...TASK_STATUSES),
    dueDate: fc.option(day),
    nextReviewDue: fc.option(day),
    latestProgressAt: fc.option(day.map((at) => `${at}T03:00:00Z`)),
    measures: fc.array(fc.record({ id: fc.constantFrom('m1', 'm2', 'm3'), text: fc.constant('措施'), done: fc.boolean(), dueDate: fc.option(day, { nil: undefined }) }), { maxLength: 3 }),
  });
  const now = fc.integer({ min: -300, max: 300 }).map((offset) => new Date(Date.UTC(2027, 0, 1, 1) + offset * 86_400_000 + (offset % 7) * 3_600_000));

  it.each(Object.entries(REMINDER_FAMILIES))('%s reminds only items inside its own scope of the day', (_name, family) => {
    fc.assert(
      fc.property(task, now, (item, at) => {
        const due = family.due(item, at, schedule);
        if (due.length === 0) return;
        const scope = family.scope(beijingDay(at), schedule);
        expect(scope).not.toBeNull();
        expect(inScope(item, scope as ReadScope)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the run reads every family’s scope', () => {
    const at = new Date('2026-03-26T01:00:00Z');
    expect(readScopes(at, schedule)).toEqual(Object.values(REMINDER_FAMILIES).map((family) => family.scope(beijingDay(at), schedule)));
  });
});
