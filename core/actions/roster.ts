import { z } from 'zod';
import { idSchema, upsertDepartmentInputSchema, upsertMemberInputSchema } from '../roster/model';
import type { Department, DepartmentRef, Member } from '../roster/model';
import type { Role } from '../roles';

export const listMembersInput = z
  .object({ departmentId: idSchema.optional(), includeInactive: z.boolean().default(false) })
  .strict();
export type ListMembersOutput = { members: Member[] };

export const upsertMemberInput = upsertMemberInputSchema.strict();
export type UpsertMemberOutput = { member: Member };

export const listDepartmentsInput = z.object({}).strict();
export type ListDepartmentsOutput = { departments: Department[] };

export const upsertDepartmentInput = upsertDepartmentInputSchema.strict();
export type UpsertDepartmentOutput = { department: Department };

export const issueInviteInput = z.object({ memberId: idSchema }).strict();
/** The plain code is shown once, to the office; the database keeps only its hash. */
export type IssueInviteOutput = { code: string; memberId: string; memberName: string; expiresAt: string };

/** The member directory for those who name people on a record (leaders too): who is who, and nothing more. */
export const memberDirectoryInput = z.object({}).strict();
export type DirectoryPerson = { id: string; name: string; departments: DepartmentRef[]; roles: Role[] };
export type MemberDirectoryOutput = { people: DirectoryPerson[] };
