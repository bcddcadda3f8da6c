import { AppError } from '../../core/errors';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import type { ActionContext } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { getInTransaction } from '../db/transaction';
import type { Transaction } from '../platform/database-types';
import { assertMayAttemptBind, recordBindFailure } from '../auth/bind-attempts';
import { inviteIdFor } from '../auth/invite-codes';
import type { InviteDocument } from '../auth/invite-documents';
import { findDepartmentsByIds } from '../roster/department-repository';
import { findMemberById } from '../roster/member-repository';
import { toMember } from '../roster/member-documents';
import type { MemberDocument } from '../roster/member-documents';
import type { AuthMeOutput } from '../../core/actions/auth';

async function describeMember(context: ActionContext, document: MemberDocument): Promise<AuthMeOutput> {
  const departments = await findDepartmentsByIds(context.db, document.departmentIds ?? []);
  const byId = new Map(departments.map((department) => [department._id, department]));
  // Keep the member's own order of departments; ones deleted since are left out.
  const ordered = (document.departmentIds ?? []).flatMap((id) => {
    const department = byId.get(id);
    return department ? [{ id: department._id, name: department.name }] : [];
  });
  return { member: toMember(document), departments: ordered };
}

export const authMe: ActionHandler<'auth.me'> = async (_input, context) => {
  const member = requireMember(context);
  const document = await findMemberById(context.db, member.id);
  if (!document) throw new AppError('NOT_BOUND');
  return describeMember(context, document);
};

/** Failures that count against the caller's hourly limit: someone typing or guessing codes. */
const GUESS_FAILURES = new Set(['INVITE_INVALID', 'INVITE_USED', 'INVITE_EXPIRED']);

export const authBind: ActionHandler<'auth.bind'> = async (input, context) => {
  const openid = context.caller.openid;
  if (!openid) throw new AppError('UNAUTHENTICATED');
  if (context.member) throw new AppError('ALREADY_BOUND');
  const now = context.now();
  await assertMayAttemptBind(context.db, openid, now);

  const inviteId = inviteIdFor(input.code);
  let memberId: string;
  try {
    memberId = await context.db.runTransaction(async (transaction: Transaction) => {
      const invite = await getInTransaction<InviteDocument>(transaction, COLLECTIONS.invites, inviteId);
      if (!invite) throw new AppError('INVITE_INVALID');
      if (invite.usedAt) throw new AppError('INVITE_USED');
      if (invite.revokedAt) throw new AppError('INVITE_EXPIRED', '邀请码已失效，请使用办公室最新发放的邀请码');
      if (new Date(invite.expiresAt).getTime() <= now.getTime()) throw new AppError('INVITE_EXPIRED');
      const member = await getInTransaction<MemberDocument>(transaction, COLLECTIONS.members, invite.memberId);
      if (!member) throw new AppError('MEMBER_NOT_FOUND');
      if (member.active === false) throw new AppError('MEMBER_INACTIVE');
      // The binding document keyed by OPENID makes "one WeChat, one member" hold under concurrent binds.
      if (await getInTransaction(transaction, COLLECTIONS.bindings, openid)) throw new AppError('ALREADY_BOUND');

      await transaction.collection(COLLECTIONS.invites).doc(inviteId).update({ data: { usedAt: now, usedByOpenid: openid } });
      await transaction.collection(COLLECTIONS.bindings).doc(openid).set({ data: { memberId: member._id, boundAt: now } });
      // Re-binding after a phone change: the old WeChat loses access.
      if (member.openid && member.openid !== openid) await transaction.collection(COLLECTIONS.bindings).doc(member.openid).remove();
      await transaction.collection(COLLECTIONS.members).doc(member._id).update({ data: { openid, updatedAt: now } });
      return member._id;
    });
  } catch (error) {
    if (error instanceof AppError && GUESS_FAILURES.has(error.code)) await recordBindFailure(context.db, openid, now);
    throw error;
  }
  const document = await findMemberById(context.db, memberId);
  if (!document) throw new AppError('MEMBER_NOT_FOUND');
  return describeMember(context, document);
};
