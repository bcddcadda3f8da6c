import { z } from 'zod';
import { idSchema, upsertDepartmentInputSchema, upsertMemberInputSchema } from '../roster/model';
import type { Department, DepartmentRef, Member } from '../roster/model';
import type { Role } from '../roles';

export const listMembersInput = z
  .object({ departmentId: idSchema.optional(), includeInactive: z.boolean().default(false) })
  .strict();
export type ListMembersOutput = { members: Member[] };

/** `setupSecret` stands in for the secretary where ROLE_GRANT_RULES allows it (a unit without a secretary yet). */
export const upsertMemberInput = upsertMemberInputSchema.extend({ setupSecret: z.string().max(200).optional() }).strict();
export type UpsertMemberOutput = { member: Member };

export const listDepartmentsInput = z.object({}).strict();
export type ListDepartmentsOutput = { departments: Department[] };

export const upsertDepartmentInput = upsertDepartmentInputSchema.strict();
export type UpsertDepartmentOutput = { department: Department };

export const issueInviteInput = z.object({ memberId: idSchema }).strict();
/** The plain code is shown once, to the office; the database keeps only its hash. */
export type IssueInviteOutput = {
  code: string;
  memberId: string;
  memberName: string;
  expiresAt: string;
  /** The member is bound already: the code re-binds them and works only once the secretary confirms it. */
  needsConfirmation: boolean;
};

export const confirmRebindInput = z.object({ memberId: idSchema }).strict();
export type ConfirmRebindOutput = { memberId: string; confirmed: true };

/** The 权限变更记录: roster, roles, invites, bindings and unit settings, newest first. */
export const accessLogInput = z.object({ cursor: z.string().max(200).nullable().default(null) }).strict();
export interface AccessLogEntry {
  id: string;
  at: string;
  action: string;
  /** What happened, in Chinese: 授予角色 组长, 发放邀请码, 更换绑定微信 … */
  summary: string;
  actorName: string;
  subjectName: string;
}
export type AccessLogOutput = { entries: AccessLogEntry[]; nextCursor: string | null };

/** The member directory for those who name people on a record (leaders too): who is who, and nothing more. */
export const memberDirectoryInput = z.object({}).strict();
export type DirectoryPerson = { id: string; name: string; departments: DepartmentRef[]; roles: Role[] };
export type MemberDirectoryOutput = { people: DirectoryPerson[] };
