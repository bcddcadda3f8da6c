import type { z } from 'zod';

/**
 * The first problem per field, from the same schema the server checks with, so the phone and the function
 * never disagree. Only messages written for people (Chinese) are shown; anything else becomes a plain hint.
 */
export function fieldErrors(schema: z.ZodType, input: unknown, depth = 0): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // `depth` reads a nested object's fields (outcome.title at depth 1).
    const field = String(issue.path[depth] ?? '');
    if (errors[field]) continue;
    errors[field] = /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '请检查填写的内容';
  }
  return errors;
}
