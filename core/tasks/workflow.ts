import type { TaskStatus } from './status';
import { isOpen } from './status';

/** Everything that moves an item along its way to 销号. */
export type TaskEvent =
  | { type: 'progress' }
  | { type: 'measureDone' }
  | { type: 'apply' }
  | { type: 'review'; decision: 'pass' | 'return' }
  | { type: 'signOff'; decision: 'pass' | 'return'; longTerm: boolean };

/**
 * The next status, or null when the event does not fit the current one (the caller answers INVALID_STATE).
 * 未开始 → 整改中 (first progress or first measure marked done) → 待审核 (owner applies) → 待审定 (leader passes) → 已销号 or 长期坚持
 * (secretary signs off); a return at either step goes back to 整改中.
 */
export function nextStatus(current: TaskStatus, event: TaskEvent): TaskStatus | null {
  switch (event.type) {
    case 'progress':
    case 'measureDone':
      if (current === 'not_started') return 'in_progress';
      return current === 'in_progress' || current === 'long_term' ? current : null;
    case 'apply':
      return current === 'not_started' || current === 'in_progress' ? 'pending_review' : null;
    case 'review':
      if (current !== 'pending_review') return null;
      return event.decision === 'pass' ? 'pending_signoff' : 'in_progress';
    case 'signOff':
      if (current !== 'pending_signoff') return null;
      if (event.decision === 'return') return 'in_progress';
      return event.longTerm ? 'long_term' : 'closed';
  }
}

/** Owners mark 整改措施 while they work on the item and during 长期坚持, not while a reviewer holds it. */
export function mayMarkMeasures(status: TaskStatus): boolean {
  return isOpen(status) || status === 'long_term';
}

/** An extension moves a deadline that still runs: not once the owner has applied for 销号. */
export function mayRequestExtension(status: TaskStatus): boolean {
  return isOpen(status);
}

/** A request still pending may be decided until the item is 已销号 (or 长期坚持, 销号 too): then its due day is history. */
export function mayDecideExtension(status: TaskStatus): boolean {
  return status !== 'closed' && status !== 'long_term';
}

/** Owners and leaders can change until the item is 已销号; 长期坚持 items keep owners for their quarterly reports. */
export function mayAssign(status: TaskStatus): boolean {
  return status !== 'closed';
}
