import { randomBytes } from 'node:crypto';
import { beijingDay } from '../../core/time';
import type { InboxDocument } from './documents';
import { sortKeyAt } from './inbox-store';

/** The 消息 that tells a member (and the secretaries) that the member's WeChat binding moved. */
export function rebindNotice(memberId: string, memberName: string, at: Date): InboxDocument {
  const _id = `n${randomBytes(15).toString('hex')}`;
  return {
    _id,
    memberId,
    kind: 'notice',
    day: beijingDay(at),
    read: false,
    sortKey: sortKeyAt(at, _id),
    createdAt: at,
    updatedAt: at,
    reason: null,
    taskId: null,
    rule: null,
    title: `${memberName}的微信绑定已更换`,
    body: `${memberName}的身份已绑定到新的微信，原微信不能再使用本应用。如非本人申请，请立即联系组长。`,
    dueDay: null,
    daysLeft: null,
  };
}
