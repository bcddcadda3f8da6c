import { AppError } from '../../core/errors';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import type { ActionContext } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { getInTransaction } from '../db/transaction';
import type { Transaction } from '../platform/database-types';
import { recentFailures } from '../auth/bind-attempts';
import type { BindAttemptsDocument } from '../auth/bind-attempts';
import { recordAudit } from '../db/audit';
import { rebindNotice } from '../reminders/notices';
import { BIND_MAX_FAILURES_PER_HOUR } from '../../core/roster/invite';
import { inviteIdFor } from '../auth/invite-codes';
import type { InviteDocument } from '../auth/invite-documents';
import { findDepartmentsByIds } from '../roster/department-repository';
import { findMemberById, listAllMembers } from '../roster/member-repository';
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

export const authMe: ActionHandler<'auth.me'> = async (_input, context) => describeCaller(context);

/** The caller with their departments, as auth.me answers (and tasks.list with `withMe`). */
export async function describeCaller(context: ActionContext): Promise<AuthMeOutput> {
  const member = requireMember(context);
  const document = await findMemberById(context.db, member.id);
  if (!document) throw new AppError('NOT_BOUND');
  return describeMember(context, document);
}

type BindOutcome = { memberId: string } | { failure: AppError };

/**
 * Binds the caller's WeChat to the member an invite names. One transaction reads the caller's guess counter and the
 * invite, and a wrong guess is counted in it too (returned, not thrown, so the count commits): parallel guesses from
 * one WeChat serialise on the counter, so no more than BIND_MAX_FAILURES_PER_HOUR are ever tried in an hour.
 * Moving a bound member to a new WeChat needs a code the secretary issued or confirmed; the old WeChat loses access,
 * the member and the secretaries are told in 消息, and the member's signature slots show the time from then on.
 */
export const authBind: ActionHandler<'auth.bind'> = async (input, context) => {
  const openid = context.caller.openid;
  if (!openid) throw new AppError('UNAUTHENTICATED');
  if (context.member) throw new AppError('ALREADY_BOUND');
  const now = context.now();
  const inviteId = inviteIdFor(input.code);
  const secretaries = await listAllMembers(context.db, { roles: 'secretary', active: true });

  const outcome = await context.db.runTransaction(async (transaction: Transaction): Promise<BindOutcome> => {
    const attempts = await getInTransaction<BindAttemptsDocument>(transaction, COLLECTIONS.bindAttempts, openid);
    const failures = recentFailures(attempts, now);
    if (failures.length >= BIND_MAX_FAILURES_PER_HOUR) return { failure: new AppError('RATE_LIMITED') };
    const guessFailed = async (failure: AppError): Promise<BindOutcome> => {
      await transaction.collection(COLLECTIONS.bindAttempts).doc(openid).set({ data: { failures: [...failures, now] } });
      return { failure };
    };
    const invite = await getInTransaction<InviteDocument>(transaction, COLLECTIONS.invites, inviteId);
    if (!invite) return guessFailed(new AppError('INVITE_INVALID'));
    if (invite.usedAt) return guessFailed(new AppError('INVITE_USED'));
    if (invite.revokedAt) return guessFailed(new AppError('INVITE_EXPIRED', '邀请码已失效，请使用办公室最新发放的邀请码'));
    if (new Date(invite.expiresAt).getTime() <= now.getTime()) return guessFailed(new AppError('INVITE_EXPIRED'));
    const member = await getInTransaction<MemberDocument>(transaction, COLLECTIONS.members, invite.memberId);
    if (!member) throw new AppError('MEMBER_NOT_FOUND');
    if (member.active === false) throw new AppError('MEMBER_INACTIVE');
    // Members from before liveInviteId existed keep the older rule (unrevoked codes bind).
    if (member.liveInviteId && member.liveInviteId !== inviteId) return guessFailed(new AppError('INVITE_EXPIRED', '邀请码已失效，请使用办公室最新发放的邀请码'));
    const rebinding = Boolean(member.openid && member.openid !== openid);
    if (rebinding && !invite.confirmedById) throw new AppError('REBIND_NOT_CONFIRMED');
    // The binding document keyed by OPENID makes "one WeChat, one member" hold under concurrent binds.
    if (await getInTransaction(transaction, COLLECTIONS.bindings, openid)) throw new AppError('ALREADY_BOUND');

    await transaction.collection(COLLECTIONS.invites).doc(inviteId).update({ data: { usedAt: now, usedByOpenid: openid } });
    await transaction.collection(COLLECTIONS.bindings).doc(openid).set({ data: { memberId: member._id, boundAt: now } });
    if (rebinding && member.openid) await transaction.collection(COLLECTIONS.bindings).doc(member.openid).remove();
    await transaction.collection(COLLECTIONS.members).doc(member._id).update({ data: { openid, liveInviteId: null, updatedAt: now, ...(rebinding ? { reboundAt: now } : {}) } });
    await recordAudit(transaction, {
      entity: 'member',
      entityId: member._id,
      action: rebinding ? 'auth.rebind' : 'auth.bind',
      actorId: member._id,
      at: now,
      before: { bound: Boolean(member.openid) },
      after: { bound: true, rebound: rebinding, confirmedById: invite.confirmedById ?? null, issuedById: invite.createdBy },
    });
    if (rebinding) {
      const notified = new Set([member._id, ...secretaries.map((secretary) => secretary._id)]);
      for (const memberId of notified) await transaction.collection(COLLECTIONS.inbox).add({ data: { ...rebindNotice(memberId, member.name, now) } });
    }
    return { memberId: member._id };
  });
  if ('failure' in outcome) throw outcome.failure;
  const document = await findMemberById(context.db, outcome.memberId);
  if (!document) throw new AppError('MEMBER_NOT_FOUND');
  return describeMember(context, document);
};
