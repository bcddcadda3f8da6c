import { z } from 'zod';

/** An item's place on its way to 销号; stored as codes, shown with the plan's own words. */
export const TASK_STATUSES = ['not_started', 'in_progress', 'pending_review', 'pending_signoff', 'closed', 'long_term'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: '未开始',
  in_progress: '整改中',
  pending_review: '待审核',
  pending_signoff: '待审定',
  closed: '已销号',
  long_term: '长期坚持',
};

/** 已销号 and 长期坚持 both count as done for completion rates; 长期坚持 stays under quarterly review. */
export function isDone(status: TaskStatus): boolean {
  return status === 'closed' || status === 'long_term';
}

/** Open items are the ones owners still work on and reminders chase. */
export function isOpen(status: TaskStatus): boolean {
  return status === 'not_started' || status === 'in_progress';
}
