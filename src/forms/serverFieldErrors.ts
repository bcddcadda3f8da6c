import type { ErrorCode } from '../../core/errors';
import type { ApiError } from '@/api/errors';
import { forPeople, topLevelField } from './schemaErrors';
import type { FieldErrors, FieldOf } from './schemaErrors';

export interface ServerFieldOptions {
  /** The form field a path into the input belongs to (the same mapping the form gives schemaErrors). */
  fieldOf?: FieldOf;
  /** Refusals that are always about one field (HELD_IN_FUTURE is about the time of the talk). */
  codeFields?: Partial<Record<ErrorCode, string>>;
}

type Issue = { path?: unknown; message?: unknown };

/**
 * What a refused write says about the form's fields: VALIDATION_FAILED's issues (paths like `outcome.title`) and a
 * refusal naming its field in `details.field` (PARTY_INVALID), each under its field; `codeFields` for refusals that
 * are always about one field. Empty when the refusal is about the record, not a field.
 */
export function serverFieldErrors(error: ApiError, { fieldOf = topLevelField, codeFields = {} }: ServerFieldOptions = {}): FieldErrors {
  const details = (error.details ?? {}) as { issues?: unknown; field?: unknown };
  const fields: FieldErrors = {};
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(details.issues)) {
    for (const issue of details.issues as Issue[]) {
      const field = fieldOf(String(issue.path ?? '').split('.'));
      if (field && !fields[field]) fields[field] = forPeople(issue.message);
    }
    return fields;
  }
  if (typeof details.field === 'string') return { [fieldOf(details.field.split('.'))]: error.message };
  const field = codeFields[error.code];
  return field ? { [field]: error.message } : {};
}
