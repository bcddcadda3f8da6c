import { z } from 'zod';
import { idSchema } from '../roster/model';
import type { InboxItem, ReminderLogEntry, ReminderRunSummary, TemplateStatus } from '../reminders/model';
import { STANDING_CHOICES, SUBSCRIBE_RESULTS } from '../reminders/subscriptions';
import { templateById } from '../reminders/subscription-templates';
import { isoDaySchema } from './iso-day';

const subscribeResultSchema = z.enum(SUBSCRIBE_RESULTS);
const standingChoiceSchema = z.enum(STANDING_CHOICES);

/** Template ids as the app got them from subscriptions.status; an id the configuration does not name is refused. */
const templateIdSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((id) => templateById(id) !== null, { message: '未知的订阅消息模板' });

/** Results of one requestSubscribeMessage (at most 3 ids; newer clients allow 5) and what getSetting reported. */
export const recordSubscriptionsInput = z
  .object({
    results: z.record(templateIdSchema, subscribeResultSchema).refine((results) => Object.keys(results).length <= 5, { message: '一次最多5个模板' }),
    /** true when the person turned the 到期提醒 switch on (refusals are forgotten), false when off. */
    switchOn: z.boolean().optional(),
    setting: z
      .object({
        mainSwitch: z.boolean(),
        itemSettings: z.record(templateIdSchema, standingChoiceSchema).default({}),
      })
      .strict()
      .optional(),
  })
  .strict();

export const subscriptionStatusInput = z.object({}).strict();
export type SubscriptionStatusOutput = {
  /** The 到期提醒 switch as the person left it. */
  enabled: boolean;
  /** WeChat's own switch for this mini-program's messages; null when unknown (H5). */
  mainSwitch: boolean | null;
  /** Long-term subscriptions (a deployment setting): one accept lasts. */
  longTerm: boolean;
  templates: TemplateStatus[];
  /** Ask for these at the next natural moment (opening one's own item, after posting progress); empty: do not ask. */
  askIds: string[];
  /** Ask for these when the person turns the switch on. */
  switchIds: string[];
  /** Unread 消息, for the badge on the 我的 tab. */
  unread: number;
};

export const listInboxInput = z.object({ cursor: z.string().max(200).nullable().default(null) }).strict();
export type ListInboxOutput = { items: InboxItem[]; nextCursor: string | null; unread: number };

export const markInboxReadInput = z
  .object({
    ids: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), { message: '请指定要标为已读的消息' });
export type MarkInboxReadOutput = { marked: number; unread: number };

export const runRemindersNowInput = z.object({}).strict();
export type RunRemindersNowOutput = {
  /** The run as it stood when the answer left: done for a county unit's day, running when it continues in the cloud. */
  run: ReminderRunSummary;
};

export const reminderOutcomeSchema = z.enum(['sent', 'inbox', 'problem', 'pending']);
export type ReminderOutcome = z.infer<typeof reminderOutcomeSchema>;

export const reminderLogFilterSchema = z
  .object({
    outcome: reminderOutcomeSchema.optional(),
    memberId: idSchema.optional(),
    taskId: idSchema.optional(),
    day: isoDaySchema.optional(),
  })
  .strict();
export type ReminderLogFilter = z.infer<typeof reminderLogFilterSchema>;

export const reminderLogInput = z
  .object({
    filter: reminderLogFilterSchema.default({}),
    cursor: z.string().max(200).nullable().default(null),
  })
  .strict();
export type ReminderLogOutput = {
  entries: ReminderLogEntry[];
  nextCursor: string | null;
  /** The latest runs, on the first page only. */
  runs: ReminderRunSummary[];
};
