import type { InboxReason, ReminderChannel, ReminderRunCounts, ReminderState } from '../../core/reminders/model';
import type { ReminderRule } from '../../core/reminders/rules';
import type { SubscriptionState } from '../../core/reminders/subscriptions';
import type { TemplateKey } from '../../core/reminders/subscription-templates';

/**
 * One reminder to one person, `_id` = a hash of its key (rule, round, item, person, due day). Created before
 * anything is sent, by an insert that fails on an existing id, so only one run ever owns a key.
 */
export interface ReminderDocument {
  _id: string;
  key: string;
  rule: ReminderRule;
  round: number;
  taskId: string;
  /** What people read it is about: the item's title, or for a measure's own deadline measureTitle (core/reminders/content). */
  taskTitle: string;
  /** A measure's own deadline: the measure (part of the key); null or absent for the item's. */
  measureId?: string | null;
  memberId: string;
  dueDay: string;
  daysLeft: number;
  /** The Beijing day of the run that claimed it (a digest's day). */
  day: string;
  channel: ReminderChannel;
  templateKey: TemplateKey;
  state: ReminderState;
  reason: InboxReason | null;
  attempts: number;
  lastError: { code: string; message: string } | null;
  /** The run and invocation working on it; the lease (real clock, ms) says until when, so a crashed one is taken over. */
  runId: string;
  owner: string;
  leaseUntil: number;
  /** `<createdAt ISO>|<_id>`: the log's order and cursor. */
  sortKey: string;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export interface SubscriptionDocument extends SubscriptionState {
  _id: string;
  memberId: string;
  /** Which wave of a run last spent accepts here (takeMany): tells a partly charged wave who was charged. */
  quotaSpend?: string;
  updatedAt: Date;
}

/** A digest's entry, stored under `entries.<e_hash>` so adding the same reminder twice writes it once. */
export interface StoredDigestEntry {
  reminderId: string;
  taskId: string;
  title: string;
  rule: ReminderRule;
  dueDay: string;
  daysLeft: number;
  /** A measure's own deadline (absent for the item's). */
  measureId?: string;
}

export interface InboxDocument {
  _id: string;
  memberId: string;
  kind: 'reminder' | 'digest' | 'notice' | 'decision';
  day: string;
  read: boolean;
  /** `<createdAt ISO>|<_id>`, newest first in the list. */
  sortKey: string;
  createdAt: Date;
  updatedAt: Date;
  reason: InboxReason | null;
  // A reminder:
  taskId: string | null;
  rule: ReminderRule | null;
  title: string | null;
  dueDay: string | null;
  daysLeft: number | null;
  /** A reminder about a measure's own deadline (absent for the item's). */
  measureId?: string;
  // A digest:
  entries?: Record<string, StoredDigestEntry>;
  // A notice (a change to the member's own access) or a decision (title above): its words as written, and the 约谈
  // a decision is about when it is one.
  body?: string;
  interviewId?: string | null;
}

export type RunPhase = 'recover' | 'items' | 'digest' | 'done';

export interface ReminderRunDocument {
  _id: string;
  kind: 'timer' | 'manual';
  /** The instant the rules are decided on (the trigger's time, or when the office pressed the button). */
  clock: Date;
  day: string;
  state: 'running' | 'done';
  phase: RunPhase;
  /** Items phase: the sort key of the last item fully handled. */
  cursor: string | null;
  leaseOwner: string | null;
  /** Real clock, ms. */
  leaseUntil: number;
  invocations: number;
  counts: ReminderRunCounts;
  requestedById: string | null;
  requestedByName: string | null;
  startedAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/**
 * What the runs of one Beijing day (document id: the day) have done: every reminder due that day for the items
 * not changed since `coveredUntil`, with the roster not changed since either, is claimed. A later run of the day
 * reads only the items changed since, unless the roster changed.
 */
export interface ReminderDayDocument {
  _id: string;
  coveredUntil: Date;
  updatedAt: Date;
}
