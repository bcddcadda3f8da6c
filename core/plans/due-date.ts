import type { PlanDeadline } from '../plan';
import { addMonths } from '../time';
import type { IsoDay } from '../time';

/**
 * The day an item is due: a written date wins; "N个月内" counts from the plan date. 即知即改 and 长期坚持 alone
 * give no day — those items are tracked by status and periodic review, not by a countdown.
 */
export function dueDateOf(deadline: PlanDeadline, planDate: IsoDay): IsoDay | null {
  if (deadline.date) return deadline.date;
  if (deadline.months) return addMonths(planDate, deadline.months);
  return null;
}
