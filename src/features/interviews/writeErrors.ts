import Taro from '@tarojs/taro';
import type { z } from 'zod';
import type { InterviewField } from '../../../core/interviews/fields';
import { messageFor } from '../../../core/errors';
import type { ApiError } from '@/api/client';
import { missingErrors } from './labels';

/** A form's red lines, by field: InterviewField names for what the record holds, the input's own key otherwise. */
export type FormErrors = Partial<Record<string, string>>;

/** The input's keys that name a person are reported by the person's field. */
const FIELD_OF_INPUT: Record<string, InterviewField> = {
  subjectId: 'subject',
  interviewerIds: 'interviewers',
  recorderId: 'recorder',
  approverId: 'approver',
};

const fieldOf = (key: string) => FIELD_OF_INPUT[key] ?? key;
const chinese = (message: string) => (/[\u4e00-\u9fa5]/.test(message) ? message : '请检查填写的内容');

/** The first problem per field, from the schema the server checks with, so the phone and the function agree. */
export function schemaErrors(schema: z.ZodType, input: unknown): FormErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(String(issue.path[0] ?? ''));
    if (!errors[field]) errors[field] = chinese(issue.message);
  }
  return errors;
}

/**
 * What a refused write says about the form: INCOMPLETE names the missing fields (details.missing), PARTY_INVALID
 * the person who does not fit, VALIDATION_FAILED the first bad field. Null for refusals about the record itself.
 */
export function formErrorsOf(error: ApiError): { fields: FormErrors; message: string } | null {
  const details = (error.details ?? {}) as { missing?: unknown; field?: unknown; issues?: unknown };
  if (error.code === 'INCOMPLETE' && Array.isArray(details.missing)) {
    return { fields: missingErrors(details.missing as InterviewField[]), message: error.message };
  }
  if (error.code === 'PARTY_INVALID' || error.code === 'MEMBER_NOT_FOUND' || error.code === 'MEMBER_INACTIVE' || error.code === 'TASK_NOT_FOUND') {
    const field = typeof details.field === 'string' ? fieldOf(details.field) : 'source';
    return { fields: { [field]: error.message }, message: error.message };
  }
  if (error.code === 'VALIDATION_FAILED') {
    const fields: FormErrors = {};
    for (const issue of Array.isArray(details.issues) ? (details.issues as { path?: unknown; message?: unknown }[]) : []) {
      const field = fieldOf(String(issue.path ?? '').split('.')[0] ?? '');
      if (field && !fields[field] && typeof issue.message === 'string') fields[field] = chinese(issue.message);
    }
    return { fields, message: error.message };
  }
  if (error.code === 'HELD_IN_FUTURE') return { fields: { heldAt: error.message }, message: error.message };
  if (error.code === 'HELD_BEFORE_PLANNED') return { fields: { earlyReason: error.message }, message: error.message };
  if (error.code === 'FILE_NOT_ALLOWED') return { fields: { attachments: error.message }, message: error.message };
  return null;
}

/** Refusals that mean the record moved on or is sealed: not the person's mistake, so they read why and see it fresh. */
const RECORD_MOVED = ['SEALED', 'INTERVIEW_INVALID_STATE', 'CONFLICT', 'ALREADY_SIGNED', 'FEEDBACK_GIVEN', 'REVISION_NOT_FOUND', 'CONTENT_CHANGED'];

export function recordMoved(error: ApiError): boolean {
  return RECORD_MOVED.includes(error.code);
}

/** Says why in a dialog and resolves once read. */
export async function explainRecordMoved(error: ApiError): Promise<void> {
  await Taro.showModal({
    title: error.code === 'SEALED' ? '记录已签字封存' : error.code === 'CONFLICT' ? '约谈记录已变化' : '暂时不能进行此操作',
    content: error.code === 'CONFLICT' ? '在您操作期间，其他人更新了这份记录。将为您显示最新内容，请核对后再操作。' : error.message || messageFor(error.code),
    showCancel: false,
    confirmText: '知道了',
    confirmColor: '#07C160',
  });
}
