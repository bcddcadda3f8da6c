import { z } from 'zod';
import { roleSchema } from '../roles';
import { TEXT_LIMITS, nameText, textSchema } from '../text';

export const idSchema = z.string().trim().min(1).max(64);
const personNameSchema = nameText('姓名', TEXT_LIMITS.personName);
const departmentNameSchema = nameText('部门名称', TEXT_LIMITS.departmentName);

/** A member as every client sees it; the OPENID itself never leaves the server. */
export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  roles: z.array(roleSchema),
  departmentIds: z.array(z.string()),
  active: z.boolean(),
  bound: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

/** A department as a member's own card shows it. */
export type DepartmentRef = { id: string; name: string };

export const departmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  order: z.number(),
  memberCount: z.number(),
});
export type Department = z.infer<typeof departmentSchema>;

export const upsertMemberInputSchema = z.object({
  id: idSchema.optional(),
  name: personNameSchema,
  title: textSchema('职务', TEXT_LIMITS.memberTitle, { name: true }).nullable().default(null),
  roles: z.array(roleSchema).min(1, '至少选择一个角色').max(4).transform((roles) => [...new Set(roles)]),
  departmentIds: z.array(idSchema).max(20).default([]).transform((ids) => [...new Set(ids)]),
  active: z.boolean().default(true),
});

export const upsertDepartmentInputSchema = z.object({
  id: idSchema.optional(),
  name: departmentNameSchema,
  order: z.number().int().min(0).max(9999).optional(),
});
