import { TASK_STATUSES } from './status';
import type { TaskStatus } from './status';
import { nextStatus } from './workflow';
import type { TaskEvent } from './workflow';

describe('the way to 销号', () => {
  it('walks 未开始 → 整改中 → 待审核 → 待审定 → 已销号', () => {
    let status: TaskStatus = 'not_started';
    const steps: TaskEvent[] = [{ type: 'progress' }, { type: 'apply' }, { type: 'review', decision: 'pass' }, { type: 'signOff', decision: 'pass', longTerm: false }];
    const seen = steps.map((event) => (status = nextStatus(status, event) as TaskStatus));
    expect(seen).toEqual(['in_progress', 'pending_review', 'pending_signoff', 'closed']);
  });

  it('ends long-term items in 长期坚持, where progress goes on', () => {
    expect(nextStatus('pending_signoff', { type: 'signOff', decision: 'pass', longTerm: true })).toBe('long_term');
    expect(nextStatus('long_term', { type: 'progress' })).toBe('long_term');
  });

  it('starts the work when the first measure is marked done', () => {
    expect(nextStatus('not_started', { type: 'measureDone' })).toBe('in_progress');
    expect(nextStatus('in_progress', { type: 'measureDone' })).toBe('in_progress');
  });

  it('sends a returned item back to 整改中 from either step', () => {
    expect(nextStatus('pending_review', { type: 'review', decision: 'return' })).toBe('in_progress');
    expect(nextStatus('pending_signoff', { type: 'signOff', decision: 'return', longTerm: false })).toBe('in_progress');
  });

  it('lets no step be skipped or repeated', () => {
    const allowed: Record<TaskEvent['type'], TaskStatus[]> = {
      progress: ['not_started', 'in_progress', 'long_term'],
      measureDone: ['not_started', 'in_progress', 'long_term'],
      apply: ['not_started', 'in_progress'],
      review: ['pending_review'],
      signOff: ['pending_signoff'],
    };
    const events: TaskEvent[] = [{ type: 'progress' }, { type: 'measureDone' }, { type: 'apply' }, { type: 'review', decision: 'pass' }, { type: 'signOff', decision: 'pass', longTerm: false }];
    for (const event of events) {
      for (const status of TASK_STATUSES) expect(nextStatus(status, event) !== null).toBe(allowed[event.type].includes(status));
    }
  });
});
