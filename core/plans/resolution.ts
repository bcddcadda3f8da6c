import { z } from 'zod';
import { idSchema } from '../roster/model';

/**
 * What the office decided for one name written in the plan: a roster entry, a new department to create,
 * or keep the words as written without a roster link (e.g. 全体帮扶干部 is people, not a department).
 */
export const departmentResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('department'), departmentId: idSchema }),
  z.object({ kind: z.literal('create') }),
  z.object({ kind: z.literal('text') }),
]);
export type DepartmentResolution = z.infer<typeof departmentResolutionSchema>;

export const leaderResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: idSchema }),
  z.object({ kind: z.literal('text') }),
]);
export type LeaderResolution = z.infer<typeof leaderResolutionSchema>;

/** How a written name matched the roster, as the preview shows it next to the field. */
export type NameSuggestion = {
  written: string;
  match: 'exact' | 'close' | 'none';
  /** The exact match first, else the close ones; empty for none. */
  candidates: { id: string; name: string }[];
};
