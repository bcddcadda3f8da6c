import fc from 'fast-check';
import { TASK_STATUSES } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import type { DeadlineInput } from '../tasks/deadline';
import { FIGURES, FIGURE_LABELS, figuresOf, figuresSentence, overdueSentence, percent } from './figures';

// 10:00 Beijing on 15 December 2026.
const AT = new Date('2026-12-15T02:00:00Z');

const item = (status: TaskStatus, dueDate: string | null = null, nextReviewDue: string | null = null): DeadlineInput => ({ status, dueDate, nextReviewDue });

const dayArbitrary = fc.integer({ min: -40, max: 40 }).map((offset) => new Date(Date.UTC(2026, 11, 15 + offset)).toISOString().slice(0, 10));
const itemArbitrary = fc.record({
  status: fc.constantFrom(...TASK_STATUSES),
  dueDate: fc.option(dayArbitrary),
  nextReviewDue: fc.option(dayArbitrary),
});

describe('figures', () => {
  it('defines every figure once, with a Chinese name and a rule', () => {
    const keys = FIGURES.map((figure) => figure.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(['consolidationOverdue', 'done', 'inProgress', 'longTerm', 'notStarted', 'overdue', 'pendingClosure', 'rate', 'total']);
    for (const figure of FIGURES) expect(figure.rule.length).toBeGreaterThan(4);
    expect(FIGURE_LABELS.done).toBe('已完成整改');
  });

  it('rounds the rate to one decimal and answers 0 for nothing', () => {
    expect([percent(2, 3), percent(1, 8), percent(0, 0), percent(5, 5)]).toEqual([66.7, 12.5, 0, 100]);
  });

  it('counts a signed-off 长期坚持 item as 已完成整改, and its late consolidation report apart from 超期未完成', () => {
    const figures = figuresOf([item('long_term', '2026-10-01', '2026-12-01'), item('closed', '2026-10-01')], AT);
    expect(figures).toMatchObject({ total: 2, done: 2, longTerm: 1, consolidationOverdue: 1, overdue: 0, inProgress: 0, notStarted: 0, rate: 100 });
  });

  it('counts an item under review as 正在整改 (已申请销号), and an unstarted late item as 尚未启动 and 超期未完成', () => {
    const figures = figuresOf([item('pending_signoff', '2026-12-20'), item('not_started', '2026-12-14'), item('in_progress', '2026-12-15'), item('in_progress')], AT);
    expect(figures).toMatchObject({ total: 4, done: 0, inProgress: 3, pendingClosure: 1, notStarted: 1, overdue: 1, rate: 0 });
  });

  it('decides 超期未完成 at the instant given: the due day itself is not late, the next day is', () => {
    const items = [item('in_progress', '2026-11-30')];
    expect(figuresOf(items, new Date('2026-11-30T15:59:59Z')).overdue).toBe(0);
    expect(figuresOf(items, new Date('2026-11-30T16:00:00Z')).overdue).toBe(1);
  });

  it('parts always sum to the whole, and every part lies within the whole it belongs to', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 60 }), (items) => {
        const figures = figuresOf(items, AT);
        expect(figures.total).toBe(items.length);
        expect(figures.done + figures.inProgress + figures.notStarted).toBe(figures.total);
        expect(figures.overdue).toBeLessThanOrEqual(figures.inProgress + figures.notStarted);
        expect(figures.pendingClosure).toBeLessThanOrEqual(figures.inProgress);
        expect(figures.longTerm).toBeLessThanOrEqual(figures.done);
        expect(figures.consolidationOverdue).toBeLessThanOrEqual(figures.longTerm);
        expect(figures.rate).toBe(percent(figures.done, figures.total));
      }),
    );
  });

  it('figures of two sets together are the sums of each set’s', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 30 }), fc.array(itemArbitrary, { maxLength: 30 }), (first, second) => {
        const [a, b, both] = [figuresOf(first, AT), figuresOf(second, AT), figuresOf([...first, ...second], AT)];
        for (const figure of FIGURES) if (figure.key !== 'rate') expect(both[figure.key]).toBe(a[figure.key] + b[figure.key]);
      }),
    );
  });

  it('states the figures in the words of the definitions', () => {
    const figures = figuresOf([item('long_term'), item('closed'), item('pending_review', '2026-12-01'), item('not_started', '2026-12-30')], AT);
    expect(figuresSentence(figures)).toBe('已完成整改2个（其中长期坚持1个），正在整改1个（其中已申请销号1个），尚未启动1个，整改完成率50%');
    expect(overdueSentence(figures)).toBe('超期未完成1个');
    expect(overdueSentence(figuresOf([], AT))).toBe('无超期未完成的问题');
  });
});
