import { AppError } from '../../core/errors';
import type { ActionHandler } from '../api/handlers';
import { ALL_COLLECTIONS, COLLECTIONS } from '../db/collections';
import { ensureCollections } from '../db/ensure-collections';
import { recordAudit } from '../db/audit';
import { setupSecretMatches } from '../auth/setup-secret';
import { getInTransaction } from '../db/transaction';
import type { Transaction } from '../platform/database-types';
import type { MemberDocument } from '../roster/member-documents';
import { findMemberById } from '../roster/member-repository';
import { toMember } from '../roster/member-documents';

const SETUP_DOCUMENT_ID = 'setup';

/** First run: creates the collections and the first office member, bound to the caller. Refuses once done. */
export const setup: ActionHandler<'setup'> = async (input, context) => {
  if (!context.env.SETUP_SECRET) throw new AppError('SETUP_DISABLED');
  if (!setupSecretMatches(context.env, input.secret)) throw new AppError('SETUP_SECRET_WRONG');
  const openid = context.caller.openid;
  if (!openid) throw new AppError('UNAUTHENTICATED');
  if (context.member) throw new AppError('SETUP_DONE');

  await ensureCollections(context.db);
  const now = context.now();
  const memberId = await context.db.runTransaction(async (transaction: Transaction) => {
    if (await getInTransaction(transaction, COLLECTIONS.meta, SETUP_DOCUMENT_ID)) throw new AppError('SETUP_DONE');
    if (await getInTransaction(transaction, COLLECTIONS.bindings, openid)) throw new AppError('ALREADY_BOUND');
    const member: Omit<MemberDocument, '_id'> = {
      name: input.officeMemberName,
      title: null,
      roles: ['office'],
      departmentIds: [],
      active: true,
      openid,
      createdAt: now,
      updatedAt: now,
    };
    const { _id } = await transaction.collection(COLLECTIONS.members).add({ data: member });
    await transaction.collection(COLLECTIONS.bindings).doc(openid).set({ data: { memberId: _id, boundAt: now } });
    await transaction.collection(COLLECTIONS.meta).doc(SETUP_DOCUMENT_ID).set({ data: { unitName: input.unitName, doneAt: now, by: _id } });
    await recordAudit(transaction, { entity: 'unit', entityId: SETUP_DOCUMENT_ID, action: 'setup', actorId: _id, at: now, before: null, after: { unitName: input.unitName, officeMemberId: _id, roles: member.roles } });
    return _id;
  });
  const created = await findMemberById(context.db, memberId);
  if (!created) throw new AppError('INTERNAL');
  return { member: toMember(created), collections: [...ALL_COLLECTIONS] };
};
