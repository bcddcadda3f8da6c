import { z } from 'zod';

/** The three kinds of talk the app records (domain-fields.md B): the lightest first. */
export const INTERVIEW_KINDS = ['reminder', 'interview', 'admonition'] as const;
export const interviewKindSchema = z.enum(INTERVIEW_KINDS, { message: '请选择谈话类型（提醒谈话、约谈或诫勉谈话）' });
export type InterviewKind = z.infer<typeof interviewKindSchema>;

export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  reminder: '提醒谈话',
  interview: '约谈',
  admonition: '诫勉谈话',
};

/**
 * 拟约谈 → 待审批 → 已批准 (or 退回 → back to 待审批) → 已谈话 → 待签字 → 已签字 → 已归档.
 * 整改反馈 after 已归档 is a field with a due date, not a state.
 */
export const INTERVIEW_STATES = ['draft', 'pending_approval', 'approved', 'returned', 'recorded', 'pending_signatures', 'signed', 'filed'] as const;
export const interviewStateSchema = z.enum(INTERVIEW_STATES);
export type InterviewState = z.infer<typeof interviewStateSchema>;

export const INTERVIEW_STATE_LABELS: Record<InterviewState, string> = {
  draft: '拟约谈',
  pending_approval: '待审批',
  approved: '已批准',
  returned: '退回',
  recorded: '已谈话',
  pending_signatures: '待签字',
  signed: '已签字',
  filed: '已归档',
};

/** The path the detail page draws, in order; 退回 is a side branch shown only when it happened. */
export const INTERVIEW_MAIN_PATH: readonly InterviewState[] = ['draft', 'pending_approval', 'approved', 'recorded', 'pending_signatures', 'signed', 'filed'];

/** Where 整改反馈 stands: only a filed record asks for it. */
export const FEEDBACK_STATES = ['not_due', 'pending', 'overdue', 'given'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];
export const FEEDBACK_STATE_LABELS: Record<FeedbackState, string> = {
  not_due: '归档后反馈',
  pending: '待反馈',
  overdue: '反馈逾期',
  given: '已反馈',
};
