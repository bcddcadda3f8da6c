import { AppError } from '../../core/errors';
import { INVITE_TTL_DAYS } from '../../core/roster/invite';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { generateInviteCode, inviteIdFor } from '../auth/invite-codes';
import type { InviteDocument } from '../auth/invite-documents';
import { findDepartmentsByIds, listAllDepartments, toDepartment } from '../roster/department-repository';
import type { DepartmentDocument } from '../roster/department-repository';
import { findMemberById, listAllMembers } from '../roster/member-repository';
import { toMember } from '../roster/member-documents';

const DAY_MS = 24 * 60 * 60 * 1000;

export const listMembers: ActionHandler<'roster.listMembers'> = async (input, context) => {
  const where: Record<string, unknown> = {};
  if (input.departmentId) where.departmentIds = input.departmentId;
  if (!input.includeInactive) where.active = true;
  const members = await listAllMembers(context.db, where);
  return { members: members.map(toMember) };
};

export const memberDirectory: ActionHandler<'roster.directory'> = async (_input, context) => {
  const [members, departments] = await Promise.all([listAllMembers(context.db, { active: true }), listAllDepartments(context.db)]);
  const names = new Map(departments.map((department) => [department._id, department.name]));
  return {
    people: members.map((member) => ({
      id: member._id,
      name: member.name,
      departments: member.departmentIds.flatMap((id) => {
        const name = names.get(id);
        return name ? [{ id, name }] : [];
      }),
      roles: member.roles,
    })),
  };
};

export const upsertMember: ActionHandler<'roster.upsertMember'> = async (input, context) => {
  const now = context.now();
  const departments = await findDepartmentsByIds(context.db, input.departmentIds);
  if (departments.length !== input.departmentIds.length) throw new AppError('DEPARTMENT_NOT_FOUND');
  const fields = { name: input.name, title: input.title, roles: input.roles, departmentIds: input.departmentIds, active: input.active };
  const members = context.db.collection(COLLECTIONS.members);
  if (input.id) {
    const existing = await findMemberById(context.db, input.id);
    if (!existing) throw new AppError('MEMBER_NOT_FOUND');
    // Nobody may lock the unit out by removing their own office or secretary role.
    const self = requireMember(context);
    if (existing._id === self.id && !input.roles.some((role) => role === 'office' || role === 'secretary')) {
      throw new AppError('FORBIDDEN', '不能取消自己的办公室或组长角色');
    }
    await members.doc(input.id).update({ data: { ...fields, updatedAt: now } });
    const updated = await findMemberById(context.db, input.id);
    if (!updated) throw new AppError('MEMBER_NOT_FOUND');
    return { member: toMember(updated) };
  }
  const { _id } = await members.add({ data: { ...fields, openid: null, createdAt: now, updatedAt: now } });
  const created = await findMemberById(context.db, String(_id));
  if (!created) throw new AppError('INTERNAL');
  return { member: toMember(created) };
};

async function memberCounts(context: Parameters<ActionHandler<'roster.listDepartments'>>[1]): Promise<Map<string, number>> {
  const { list } = await context.db
    .collection(COLLECTIONS.members)
    .aggregate()
    .match({ active: true })
    .unwind('$departmentIds')
    .group({ _id: '$departmentIds', count: { $sum: 1 } })
    .limit(1000)
    .end<{ _id: string; count: number }>();
  return new Map(list.map((row) => [row._id, row.count]));
}

export const listDepartments: ActionHandler<'roster.listDepartments'> = async (_input, context) => {
  const [departments, counts] = await Promise.all([listAllDepartments(context.db), memberCounts(context)]);
  return { departments: departments.map((department) => toDepartment(department, counts.get(department._id) ?? 0)) };
};

function sameName(a: string, b: string): boolean {
  return a.replace(/\s/g, '') === b.replace(/\s/g, '');
}

export const upsertDepartment: ActionHandler<'roster.upsertDepartment'> = async (input, context) => {
  const now = context.now();
  const departments = await listAllDepartments(context.db);
  if (departments.some((department) => department._id !== input.id && sameName(department.name, input.name))) {
    throw new AppError('DUPLICATE_NAME', `部门“${input.name}”已存在`);
  }
  const collection = context.db.collection(COLLECTIONS.departments);
  let saved: DepartmentDocument;
  if (input.id) {
    const existing = departments.find((department) => department._id === input.id);
    if (!existing) throw new AppError('DEPARTMENT_NOT_FOUND');
    const order = input.order ?? existing.order;
    await collection.doc(input.id).update({ data: { name: input.name, order, updatedAt: now } });
    saved = { ...existing, name: input.name, order, updatedAt: now };
  } else {
    const order = input.order ?? departments.reduce((max, department) => Math.max(max, department.order ?? 0), 0) + 10;
    const data = { name: input.name, order, createdAt: now, updatedAt: now };
    const { _id } = await collection.add({ data });
    saved = { _id: String(_id), ...data };
  }
  const counts = await memberCounts(context);
  return { department: toDepartment(saved, counts.get(saved._id) ?? 0) };
};

export const issueInvite: ActionHandler<'roster.issueInvite'> = async (input, context) => {
  const issuer = requireMember(context);
  const member = await findMemberById(context.db, input.memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND');
  if (member.active === false) throw new AppError('MEMBER_INACTIVE');
  const now = context.now();
  const invites = context.db.collection(COLLECTIONS.invites);
  // A new code supersedes the member's earlier unused ones, so only the latest one handed out works.
  await invites.where({ memberId: member._id, usedAt: null, revokedAt: null }).update({ data: { revokedAt: now } });
  const code = generateInviteCode();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * DAY_MS);
  const invite: Omit<InviteDocument, '_id'> = {
    memberId: member._id,
    expiresAt,
    usedAt: null,
    usedByOpenid: null,
    revokedAt: null,
    createdBy: issuer.id,
    createdAt: now,
  };
  await invites.doc(inviteIdFor(code)).set({ data: invite });
  return { code, memberId: member._id, memberName: member.name, expiresAt: expiresAt.toISOString() };
};
