import { INTERVIEW_FIELD_LABELS } from '../../../core/interviews/fields';
import type { InterviewField } from '../../../core/interviews/fields';
import type { FeedbackState, InterviewState } from '../../../core/interviews/states';
import type { StatusTone } from '@/components/StatusTag';

/** grey: a draft; blue: waiting on someone; green: done; yellow: being written; red: returned. */
export const STATE_TONES: Record<InterviewState, StatusTone> = {
  draft: 'grey',
  pending_approval: 'blue',
  approved: 'green',
  returned: 'red',
  recorded: 'yellow',
  pending_signatures: 'blue',
  signed: 'green',
  filed: 'green',
};

export const FEEDBACK_TONES: Record<FeedbackState, StatusTone> = {
  not_due: 'grey',
  pending: 'yellow',
  overdue: 'red',
  given: 'green',
};

/** "约谈对象、整改要求": what a record lacks, in the words of the form. */
export function fieldNames(fields: readonly InterviewField[]): string {
  return fields.map((field) => INTERVIEW_FIELD_LABELS[field]).join('、');
}

const PICKED: readonly InterviewField[] = ['kind', 'subject', 'interviewers', 'recorder', 'approver', 'plannedAt', 'heldAt', 'feedbackDue'];

/** The red line under a field the server (or the same rule on the phone) named as missing. */
export function missingMessage(field: InterviewField): string {
  if (field === 'signatures') return '还有人未签字';
  if (field === 'commitments') return '请至少填写一条整改承诺';
  if (field === 'source') return '请选择整改事项或填写事项来源';
  const label = INTERVIEW_FIELD_LABELS[field];
  return PICKED.includes(field) ? `请选择${label}` : `请填写${label}`;
}

/** Field → its red line, for every field named missing. */
export function missingErrors(fields: readonly InterviewField[]): Partial<Record<InterviewField, string>> {
  return Object.fromEntries(fields.map((field) => [field, missingMessage(field)]));
}
