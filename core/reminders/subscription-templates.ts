import type { ReminderRule } from './rules';

/**
 * The one place that names subscription-message templates. A deployment picks public templates in the mini-program
 * admin console (订阅消息 → 公共模板库), pastes each template id and its field keys here, and nothing else changes:
 * the server fills fields through `fields`, the app asks for consent through `id`.
 *
 * Defaults below follow the public templates most units pick (field keys are those templates' own; ids are
 * placeholders until a deployment sets them). The emulator accepts any non-empty id.
 */
export type TemplateKey = 'deadline' | 'progress' | 'approval';

export interface SubscriptionTemplate {
  key: TemplateKey;
  /** Template id from the admin console. */
  id: string;
  /** The public template's title, as people see it in the consent dialog. */
  title: string;
  /** What the app sends on it, as the 到期提醒 switch explains it. */
  purpose: string;
  /** Which of our values goes into which template field (the key's prefix decides its limits: thing ≤ 20 …). */
  fields: { subject: string; due: string; state: string; note: string };
}

export const SUBSCRIPTION_TEMPLATES: Record<TemplateKey, SubscriptionTemplate> = {
  deadline: {
    key: 'deadline',
    id: 'zgt-deadline-template',
    title: '截止提醒',
    purpose: '事项到期前、到期当天和逾期后提醒',
    fields: { subject: 'thing1', due: 'date2', state: 'phrase3', note: 'thing4' },
  },
  progress: {
    key: 'progress',
    id: 'zgt-progress-template',
    title: '待办事项提醒',
    purpose: '每月进展报送、巩固报告提醒',
    fields: { subject: 'thing1', due: 'date2', state: 'phrase3', note: 'thing4' },
  },
  approval: {
    key: 'approval',
    id: 'zgt-approval-template',
    title: '审批提醒',
    purpose: '审核、审定等待办提醒',
    fields: { subject: 'thing1', due: 'date2', state: 'phrase3', note: 'thing4' },
  },
};

/** Long-term subscriptions exist only for some account categories (政务民生 …); a unit that has one turns this on. */
export const LONG_TERM_SUBSCRIPTIONS = false;

export function templateById(id: string): SubscriptionTemplate | null {
  return Object.values(SUBSCRIPTION_TEMPLATES).find((template) => template.id === id) ?? null;
}

/** Which template carries each reminder: deadlines on 截止提醒, the monthly 进展 and consolidation reports on 待办事项提醒. */
export const TEMPLATE_FOR_RULE: Record<ReminderRule, TemplateKey> = {
  due_soon: 'deadline',
  due_close: 'deadline',
  due_today: 'deadline',
  overdue: 'deadline',
  monthly_progress: 'progress',
  consolidation: 'progress',
};

/** Decisions someone waits for (销号 returned or passed, an extension, a 约谈 approved or to sign) go out on 审批提醒. */
export const DECISION_TEMPLATE: TemplateKey = 'approval';

/** The templates reminders and decisions use, so the only ones the app asks people to accept (at most 3 a request). */
export const REMINDER_TEMPLATE_KEYS: TemplateKey[] = [...new Set([...Object.values(TEMPLATE_FOR_RULE), DECISION_TEMPLATE])];

export function templateOf(key: TemplateKey): SubscriptionTemplate {
  return SUBSCRIPTION_TEMPLATES[key];
}
