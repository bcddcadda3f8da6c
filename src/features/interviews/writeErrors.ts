import type { InterviewField } from '../../../core/interviews/fields';
import type { ApiError } from '@/api/client';
import type { FieldErrors, FieldOf } from '@/forms/schemaErrors';
import { serverFieldErrors } from '@/forms/serverFieldErrors';
import { missingErrors } from './labels';

/** The input's keys that name a person are reported by the person's field. */
const FIELD_OF_INPUT: Partial<Record<string, InterviewField>> = {
  subjectId: 'subject',
  interviewerIds: 'interviewers',
  recorderId: 'recorder',
  approverId: 'approver',
};

/** A form's red lines, by field: InterviewField names for what the record holds, the input's own key otherwise. */
export const interviewFieldOf: FieldOf = (path) => {
  const key = String(path[0] ?? '');
  return FIELD_OF_INPUT[key] ?? key;
};

/**
 * What a refused write says about the form: INCOMPLETE names the missing fields (details.missing), PARTY_INVALID
 * the person who does not fit, VALIDATION_FAILED the first bad field. Null for refusals about the record itself.
 */
export function formErrorsOf(error: ApiError, fieldOf: FieldOf = interviewFieldOf): { fields: FieldErrors; message: string } | null {
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  if (error.code === 'INCOMPLETE' && Array.isArray(missing)) return { fields: missingErrors(missing as InterviewField[]), message: error.message };
  const fields = serverFieldErrors(error, {
    fieldOf,
    codeFields: {
      PARTY_INVALID: 'source',
      MEMBER_NOT_FOUND: 'source',
      MEMBER_INACTIVE: 'source',
      TASK_NOT_FOUND: 'source',
      HELD_IN_FUTURE: 'heldAt',
      HELD_BEFORE_PLANNED: 'earlyReason',
      FILE_NOT_ALLOWED: 'attachments',
    },
  });
  // A malformed request answers VALIDATION_FAILED even when no issue names a field: it still belongs to the form.
  return Object.keys(fields).length > 0 || error.code === 'VALIDATION_FAILED' ? { fields, message: error.message } : null;
}

/** Refusals that mean the record moved on or is sealed: not the person's mistake, so they read why and see it fresh. */
const RECORD_MOVED = ['SEALED', 'INTERVIEW_INVALID_STATE', 'CONFLICT', 'ALREADY_SIGNED', 'FEEDBACK_GIVEN', 'REVISION_NOT_FOUND', 'CONTENT_CHANGED'];

export function recordMoved(error: ApiError): boolean {
  return RECORD_MOVED.includes(error.code);
}
