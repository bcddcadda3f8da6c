import { AppError } from '../../core/errors';
import { INVITE_TTL_DAYS } from '../../core/roster/invite';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import type { ActionContext } from '../api/context';
import { refuseRoleChange } from '../../core/duties';
import { nameKey } from '../../core/text';
import { recordAudit } from '../db/audit';
import { getInTransaction } from '../db/transaction';
import type { Transaction } from '../platform/database-types';
import { setupSecretMatches } from '../auth/setup-secret';
import type { MemberDocument } from '../roster/member-documents';
import { COLLECTIONS } from '../db/collections';
import { generateInviteCode, inviteIdFor } from '../auth/invite-codes';
import type { InviteDocument } from '../auth/invite-documents';
import { findDepartmentsByIds, listAllDepartments, toDepartment } from '../roster/department-repository';
import type { DepartmentDocument } from '../roster/department-repository';
import { findMemberById, listAllMembers } from '../roster/member-repository';
import { toMember } from '../roster/member-documents';
import { can } from '../../core/capabilities';

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

async function activeSecretaryCount(context: ActionContext): Promise<number> {
  const { total } = await context.db.collection(COLLECTIONS.members).where({ roles: 'secretary', active: true }).count();
  return total;
}

/** What the roster shows of a member, for the audit's before/after. */
function memberFacts(document: Pick<MemberDocument, 'name' | 'title' | 'roles' | 'departmentIds' | 'active'>): Record<string, unknown> {
  return { name: document.name, title: document.title, roles: document.roles, departmentIds: document.departmentIds, active: document.active };
}

/**
 * Adds or changes a member. Role changes follow ROLE_GRANT_RULES in core/duties (nobody changes their own, leader
 * and secretary need the secretary, the last secretary stays); every change is audited in the same transaction.
 */
export const upsertMember: ActionHandler<'roster.upsertMember'> = async (input, context) => {
  const actor = requireMember(context);
  const now = context.now();
  const departments = await findDepartmentsByIds(context.db, input.departmentIds);
  if (departments.length !== input.departmentIds.length) throw new AppError('DEPARTMENT_NOT_FOUND');
  const fields = { name: input.name, title: input.title, roles: input.roles, departmentIds: input.departmentIds, active: input.active };
  const setupSecretGiven = input.setupSecret !== undefined && setupSecretMatches(context.env, input.setupSecret);
  if (input.setupSecret !== undefined && !setupSecretGiven) throw new AppError('SETUP_SECRET_WRONG');
  const activeSecretaries = await activeSecretaryCount(context);

  const memberId = await context.db.runTransaction(async (transaction: Transaction) => {
    const existing = input.id ? await getInTransaction<MemberDocument>(transaction, COLLECTIONS.members, input.id) : null;
    if (input.id && !existing) throw new AppError('MEMBER_NOT_FOUND');
    const refusal = refuseRoleChange({
      actor,
      target: existing ? { id: existing._id, roles: existing.roles ?? [], active: existing.active !== false } : null,
      after: { roles: input.roles, active: input.active },
      setupSecretGiven,
      activeSecretaries,
    });
    if (refusal) throw new AppError(refusal.reason === 'last_secretary' ? 'LAST_SECRETARY' : 'FORBIDDEN', refusal.message);
    const members = transaction.collection(COLLECTIONS.members);
    const audit = { entity: 'member' as const, action: 'roster.upsertMember', actorId: actor.id, at: now };
    if (existing) {
      await members.doc(existing._id).update({ data: { ...fields, updatedAt: now } });
      await recordAudit(transaction, { ...audit, entityId: existing._id, before: memberFacts(existing), after: { ...memberFacts(fields), bySetupSecret: setupSecretGiven } });
      return existing._id;
    }
    const { _id } = await members.add({ data: { ...fields, openid: null, createdAt: now, updatedAt: now } });
    await recordAudit(transaction, { ...audit, entityId: String(_id), before: null, after: { ...memberFacts(fields), bySetupSecret: setupSecretGiven } });
    return String(_id);
  });
  const saved = await findMemberById(context.db, memberId);
  if (!saved) throw new AppError('MEMBER_NOT_FOUND');
  return { member: toMember(saved) };
};

async function memberCounts(context: ActionContext): Promise<Map<string, number>> {
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

/** Names that read the same are the same: compared after the text cleaning, whitespace ignored. */
function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export const upsertDepartment: ActionHandler<'roster.upsertDepartment'> = async (input, context) => {
  const actor = requireMember(context);
  const now = context.now();
  const departments = await listAllDepartments(context.db);
  if (departments.some((department) => department._id !== input.id && sameName(department.name, input.name))) {
    throw new AppError('DUPLICATE_NAME', `部门“${input.name}”已存在`);
  }
  const existing = input.id ? departments.find((department) => department._id === input.id) : undefined;
  if (input.id && !existing) throw new AppError('DEPARTMENT_NOT_FOUND');
  const saved = await context.db.runTransaction(async (transaction: Transaction): Promise<DepartmentDocument> => {
    const collection = transaction.collection(COLLECTIONS.departments);
    const audit = { entity: 'department' as const, action: 'roster.upsertDepartment', actorId: actor.id, at: now };
    if (existing) {
      const order = input.order ?? existing.order;
      await collection.doc(existing._id).update({ data: { name: input.name, order, updatedAt: now } });
      await recordAudit(transaction, { ...audit, entityId: existing._id, before: { name: existing.name, order: existing.order }, after: { name: input.name, order } });
      return { ...existing, name: input.name, order, updatedAt: now };
    }
    const order = input.order ?? departments.reduce((max, department) => Math.max(max, department.order ?? 0), 0) + 10;
    const data = { name: input.name, order, createdAt: now, updatedAt: now };
    const { _id } = await collection.add({ data });
    await recordAudit(transaction, { ...audit, entityId: String(_id), before: null, after: { name: input.name, order } });
    return { _id: String(_id), ...data };
  });
  const counts = await memberCounts(context);
  return { department: toDepartment(saved, counts.get(saved._id) ?? 0) };
};

/**
 * A new code for a member. The member document names its one live invite (`liveInviteId`), set in the same
 * transaction that writes the invite, so concurrent issues leave exactly one code that binds. A code for a member who
 * is bound already re-binds them: it needs the secretary, who issues it or confirms it (roster.confirmRebind).
 */
export const issueInvite: ActionHandler<'roster.issueInvite'> = async (input, context) => {
  const issuer = requireMember(context);
  const now = context.now();
  const code = generateInviteCode();
  const inviteId = inviteIdFor(code);
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * DAY_MS);
  const member = await context.db.runTransaction(async (transaction: Transaction) => {
    const target = await getInTransaction<MemberDocument>(transaction, COLLECTIONS.members, input.memberId);
    if (!target) throw new AppError('MEMBER_NOT_FOUND');
    if (target.active === false) throw new AppError('MEMBER_INACTIVE');
    const rebind = Boolean(target.openid);
    const invite: Omit<InviteDocument, '_id'> = {
      memberId: target._id,
      expiresAt,
      usedAt: null,
      usedByOpenid: null,
      revokedAt: null,
      createdBy: issuer.id,
      createdAt: now,
      rebind,
      confirmedById: rebind && can(issuer.roles, 'guardsIdentity') ? issuer.id : null,
    };
    if (target.liveInviteId) await transaction.collection(COLLECTIONS.invites).doc(target.liveInviteId).update({ data: { revokedAt: now } });
    await transaction.collection(COLLECTIONS.invites).doc(inviteId).set({ data: invite });
    await transaction.collection(COLLECTIONS.members).doc(target._id).update({ data: { liveInviteId: inviteId } });
    await recordAudit(transaction, {
      entity: 'member',
      entityId: target._id,
      action: 'roster.issueInvite',
      actorId: issuer.id,
      at: now,
      before: { liveInvite: target.liveInviteId ? 'revoked' : null },
      after: { expiresAt, rebind, confirmed: invite.confirmedById !== null },
    });
    return target;
  });
  return { code, memberId: member._id, memberName: member.name, expiresAt: expiresAt.toISOString(), needsConfirmation: Boolean(member.openid) && !can(issuer.roles, 'guardsIdentity') };
};

/** The secretary confirms that a bound member's live re-binding code may be used. */
export const confirmRebind: ActionHandler<'roster.confirmRebind'> = async (input, context) => {
  const secretary = requireMember(context);
  const now = context.now();
  await context.db.runTransaction(async (transaction: Transaction) => {
    const target = await getInTransaction<MemberDocument>(transaction, COLLECTIONS.members, input.memberId);
    if (!target) throw new AppError('MEMBER_NOT_FOUND');
    const invite = target.liveInviteId ? await getInTransaction<InviteDocument>(transaction, COLLECTIONS.invites, target.liveInviteId) : null;
    if (!invite || !invite.rebind || invite.usedAt || invite.revokedAt || new Date(invite.expiresAt).getTime() <= now.getTime()) throw new AppError('NO_REBIND_PENDING');
    await transaction.collection(COLLECTIONS.invites).doc(invite._id).update({ data: { confirmedById: secretary.id, confirmedAt: now } });
    await recordAudit(transaction, { entity: 'member', entityId: target._id, action: 'roster.confirmRebind', actorId: secretary.id, at: now, before: { confirmed: false }, after: { confirmed: true } });
  });
  return { memberId: input.memberId, confirmed: true };
};
