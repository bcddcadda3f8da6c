import type { IsoDay } from '../time';
import type { ReminderRule } from './rules';
import type { TemplateKey } from './subscription-templates';

/**
 * A reminder's life: claimed (its key written, nothing sent) → sending (a subscription message is on its way) →
 * sent; or retry (a system error; tried again on the next run, up to a cap); or queued (for a leader's daily
 * digest) → inbox. A reminder in inbox went to the person's 消息 instead of WeChat, with the reason why.
 */
export type ReminderState = 'claimed' | 'sending' | 'sent' | 'retry' | 'queued' | 'inbox';

export type ReminderChannel = 'subscription' | 'digest';

/**
 * Why a reminder is in the inbox: the person holds no accept for the template (no_quota), refused it (43101 or a
 * ban), turned the switch or WeChat's own switch off, is not bound yet, the platform refused the message for good
 * (failed), system errors passed the retry cap, or a run stopped mid-send so nobody can tell whether WeChat
 * delivered it (unconfirmed); digest: leaders get theirs in one daily digest by design.
 */
export type InboxReason = 'no_quota' | 'refused' | 'switch_off' | 'wechat_off' | 'unbound' | 'failed' | 'retry_cap' | 'unconfirmed' | 'digest';

export const INBOX_REASON_LABELS: Record<InboxReason, string> = {
  no_quota: '微信提醒次数已用完',
  refused: '未允许微信提醒',
  switch_off: '到期提醒已关闭',
  wechat_off: '微信订阅消息已关闭',
  unbound: '尚未绑定微信',
  failed: '微信提醒发送失败',
  retry_cap: '微信提醒多次发送失败',
  unconfirmed: '未能确认微信提醒是否送达',
  digest: '每日汇总',
};

/** One item in a daily digest. */
export interface InboxEntry {
  taskId: string;
  title: string;
  rule: ReminderRule;
  ruleLabel: string;
  dueDay: IsoDay;
  note: string;
}

export interface InboxItem {
  id: string;
  /** `notice`: a change to the reader's access (a re-binding); `decision`: someone decided something the person waits for (销号, extension, 约谈). */
  kind: 'reminder' | 'digest' | 'notice' | 'decision';
  title: string;
  body: string;
  /** The Beijing day of the run that wrote it. */
  day: IsoDay;
  createdAt: string;
  read: boolean;
  /** The item a reminder or a decision is about; null for a digest. */
  taskId: string | null;
  /** The 约谈 a decision is about. */
  interviewId: string | null;
  /** A digest's items, the most pressing first, at most DIGEST_ENTRIES_SHOWN of them. */
  entries: InboxEntry[];
  entryCount: number;
  reason: InboxReason | null;
}

export const DIGEST_ENTRIES_SHOWN = 50;
export const INBOX_PAGE_SIZE = 20;
export const REMINDER_LOG_PAGE_SIZE = 30;

export interface TemplateStatus {
  key: TemplateKey;
  id: string;
  title: string;
  /** What the template carries, in people's words. */
  purpose: string;
  /** Accepts not yet spent: how many reminders WeChat will still let us send. */
  inHand: number;
  refused: 'reject' | 'ban' | null;
  always: boolean;
}

export interface ReminderLogEntry {
  id: string;
  rule: ReminderRule;
  ruleLabel: string;
  round: number;
  taskId: string;
  taskTitle: string;
  memberId: string;
  memberName: string;
  dueDay: IsoDay;
  /** The Beijing day of the run that claimed it. */
  day: IsoDay;
  channel: ReminderChannel;
  state: ReminderState;
  reason: InboxReason | null;
  attempts: number;
  lastError: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReminderRunCounts {
  sent: number;
  inbox: number;
  digest: number;
  retry: number;
  recovered: number;
}

export interface ReminderRunSummary {
  id: string;
  kind: 'timer' | 'manual';
  day: IsoDay;
  state: 'running' | 'done';
  phase: 'recover' | 'items' | 'digest' | 'done';
  invocations: number;
  counts: ReminderRunCounts;
  startedAt: string;
  finishedAt: string | null;
  requestedByName: string | null;
}
