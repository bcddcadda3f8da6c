import type { z } from 'zod';

/** A form's red lines: the first problem per field, by the form's own field names. */
export type FieldErrors = Partial<Record<string, string>>;

/** Which form field a path into the action's input belongs to; by default the input's top-level key. */
export type FieldOf = (path: readonly PropertyKey[]) => string;

export const topLevelField: FieldOf = (path) => String(path[0] ?? '');

/** Only messages written for people (Chinese) are shown; anything else becomes a plain hint. */
export function forPeople(message: unknown): string {
  return typeof message === 'string' && /[\u4e00-\u9fa5]/.test(message) ? message : '请检查填写的内容';
}

/** True when at least one field has a problem to show. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * The first problem per field, from the same schema the server checks with, so the phone and the function never
 * disagree.
 */
export function schemaErrors(schema: z.ZodType, values: unknown, fieldOf: FieldOf = topLevelField): FieldErrors {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    if (!errors[field]) errors[field] = forPeople(issue.message);
  }
  return errors;
}
