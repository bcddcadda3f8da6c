import { createHash } from 'node:crypto';
import { templateData } from '../../core/reminders/content';
import { subscriptionBlocker } from '../../core/reminders/subscriptions';
import { DECISION_TEMPLATE, LONG_TERM_SUBSCRIPTIONS, templateOf } from '../../core/reminders/subscription-templates';
import { beijingDay } from '../../core/time';
import type { ActionContext } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { sendSubscribeMessage } from '../platform/openapi';
import { findMembersByIds } from '../roster/member-repository';
import type { InboxDocument } from './documents';
import { sortKeyAt } from './inbox-store';
import { isDuplicateId } from './reminder-store';
import { remindSettings } from './settings';
import { clearQuota, giveBack, readSubscriptions, takeOne } from './subscription-store';


/** A decision someone waits for: 销号 returned / passed / signed off, an extension decided, a 约谈 moved on. */
export interface Decision {
  /** What happened, e.g. closure.review.return; with the entity and its version it makes the exactly-once key. */
  event: string;
  entityId: string;
  /** The record's version after the write: the same decision told twice (a retried call) is one message. */
  version: number;
  memberIds: readonly string[];
  title: string;
  body: string;
  /** The subscription message's short fields: what (≤ 20), its state (≤ 5 characters), a note (≤ 20). */
  subject: string;
  state: string;
  note: string;
  taskId: string | null;
  interviewId: string | null;
}

function noticeIdOf(decision: Decision, memberId: string): string {
  return `n${createHash('sha256').update(`${decision.event}|${decision.entityId}|${decision.version}|${memberId}`).digest('hex').slice(0, 31)}`;
}

function pageOf(decision: Decision): string {
  return decision.interviewId
    ? `packages/interviews/detail/index?id=${encodeURIComponent(decision.interviewId)}`
    : `packages/tasks/detail/index?id=${encodeURIComponent(decision.taskId ?? '')}`;
}

/**
 * Tells each person concerned (never the one who decided): in 消息 always, and by subscription message while they
 * hold an accept of the 审批提醒 template. The message id is the decision's key, written before anything is sent,
 * so a decision told twice reaches nobody twice; accepts are spent from the same ledger reminders use.
 */
export async function tellDecision(context: ActionContext, decision: Decision): Promise<void> {
  const deciderId = context.member?.id ?? null;
  const memberIds = [...new Set(decision.memberIds)].filter((id) => id !== deciderId);
  if (memberIds.length === 0) return;
  const now = context.now();
  const members = await findMembersByIds(context.db, memberIds);
  const settings = remindSettings(context.env);
  for (const member of members) {
    const id = noticeIdOf(decision, member._id);
    const message: InboxDocument = {
      _id: id,
      memberId: member._id,
      kind: 'decision',
      day: beijingDay(now),
      read: false,
      sortKey: sortKeyAt(now, id),
      createdAt: now,
      updatedAt: now,
      reason: null,
      taskId: decision.taskId,
      rule: null,
      title: decision.title,
      dueDay: null,
      daysLeft: null,
      body: decision.body,
      interviewId: decision.interviewId,
    };
    try {
      await context.db.collection(COLLECTIONS.inbox).add({ data: { ...message } });
    } catch (error) {
      if (isDuplicateId(error)) continue;
      throw error;
    }
    if (!member.openid) continue;
    if (subscriptionBlocker(await readSubscriptions(context.db, member._id), DECISION_TEMPLATE)) continue;
    if (!LONG_TERM_SUBSCRIPTIONS && !(await takeOne(context.db, member._id, DECISION_TEMPLATE))) continue;
    const template = templateOf(DECISION_TEMPLATE);
    const outcome = await sendSubscribeMessage({
      touser: member.openid,
      templateId: template.id,
      page: pageOf(decision),
      data: templateData(template, { subject: decision.subject, due: beijingDay(now), state: decision.state, note: decision.note }),
      miniprogramState: settings.miniprogramState,
    });
    if (outcome.kind === 'refused') await clearQuota(context.db, member._id, DECISION_TEMPLATE);
    // Nothing was delivered: the accept is still the person's. (unknown: WeChat may have it; 消息 has it anyway.)
    else if (outcome.kind === 'rejected' || outcome.kind === 'transient') await giveBack(context.db, member._id, DECISION_TEMPLATE);
  }
}
