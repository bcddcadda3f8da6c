import { INBOX_PAGE_SIZE } from '../../core/reminders/model';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import { decodeCursor, pageOf } from '../db/paging';
import type { InboxDocument } from '../reminders/documents';
import { unreadCount } from '../reminders/inbox-store';
import { inboxItemOf } from '../reminders/inbox-view';

/**
 * The caller's 消息, newest first, a page at a time by sort-key cursor, with the unread count for the badge.
 * A unit set up before reminders existed has no inbox yet: empty.
 */
export const listInbox: ActionHandler<'inbox.list'> = async (input, context) => {
  const member = requireMember(context);
  const _ = context.db.command;
  const where: Record<string, unknown> = { memberId: member.id };
  if (input.cursor !== null) where.sortKey = _.lt(decodeCursor(input.cursor));
  try {
    const [{ data }, unread] = await Promise.all([
      context.db.collection(COLLECTIONS.inbox).where(where).orderBy('sortKey', 'desc').limit(INBOX_PAGE_SIZE + 1).get<InboxDocument>(),
      unreadCount(context.db, member.id),
    ]);
    const page = pageOf(data, INBOX_PAGE_SIZE);
    return { items: page.items.map(inboxItemOf), nextCursor: page.nextCursor, unread };
  } catch (error) {
    if (isCollectionMissing(error)) return { items: [], nextCursor: null, unread: 0 };
    throw error;
  }
};

/** Marks the caller's own messages read (ids of someone else's change nothing): read state is kept per message. */
export const markInboxRead: ActionHandler<'inbox.markRead'> = async (input, context) => {
  const member = requireMember(context);
  const _ = context.db.command;
  const where: Record<string, unknown> = { memberId: member.id, read: false };
  if (input.ids) where._id = _.in(input.ids);
  try {
    const { stats } = await context.db.collection(COLLECTIONS.inbox).where(where).update({ data: { read: true } });
    return { marked: stats.updated, unread: await unreadCount(context.db, member.id) };
  } catch (error) {
    if (isCollectionMissing(error)) return { marked: 0, unread: 0 };
    throw error;
  }
};
