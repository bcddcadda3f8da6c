import type { AccessLogEntry } from '../../core/actions/roster';
import { describeAccessChange } from '../../core/roster/access-log';
import type { ActionHandler } from '../api/handlers';
import { ACCESS_AUDIT_ENTITIES } from '../db/audit';
import type { AuditEntry } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { pageOf } from '../db/paging';
import { findMembersByIds } from '../roster/member-repository';

const ACCESS_LOG_PAGE = 30;

type AuditDocument = AuditEntry & { _id: string };

/** The 权限变更记录, newest first: the cursor is the instant of the last entry shown. */
export const accessLog: ActionHandler<'roster.accessLog'> = async (input, context) => {
  const _ = context.db.command;
  const where: Record<string, unknown> = { entity: _.in([...ACCESS_AUDIT_ENTITIES]) };
  if (input.cursor) where.at = _.lt(new Date(input.cursor));
  const { data } = await context.db.collection(COLLECTIONS.audit).where(where).orderBy('at', 'desc').limit(ACCESS_LOG_PAGE + 1).get<AuditDocument>();
  // The cursor is the instant of the last entry shown.
  const { items: page, nextCursor } = pageOf(data, ACCESS_LOG_PAGE, (entry) => new Date(entry.at).toISOString());
  const people = await findMembersByIds(context.db, page.flatMap((entry) => [entry.actorId, entry.entityId]));
  const nameOf = new Map(people.map((person) => [person._id, person.name]));
  const entries: AccessLogEntry[] = page.map((entry) => ({
    id: entry._id,
    at: new Date(entry.at).toISOString(),
    action: entry.action,
    summary: describeAccessChange(entry),
    actorName: nameOf.get(entry.actorId) ?? '（已删除的成员）',
    subjectName: entry.entity === 'member' ? (nameOf.get(entry.entityId) ?? '') : entry.entity === 'department' ? String(entry.after?.name ?? '') : '本单位',
  }));
  return { entries, nextCursor };
};
