import { chineseDate } from '../time';
import type { IsoDay } from '../time';
import { fitValue } from './message';
import { RULE_LABELS } from './rules';
import type { ReminderRule } from './rules';
import type { SubscriptionTemplate } from './subscription-templates';

/** What a reminder says, before it is cut to a template's limits. */
export interface ReminderContent {
  /** The item's title (a measure's reminder: measureTitle). */
  subject: string;
  due: IsoDay;
  /** 即将到期 / 已逾期 …: a phrase (≤ 5 Chinese characters). */
  state: string;
  /** What to do, in a line. */
  note: string;
}

/** What a measure's own reminder is about: the measure first (a message shows 20 characters of it), then its item. */
export function measureTitle(measureText: string, taskTitle: string): string {
  return `措施：${measureText}（${taskTitle}）`;
}

/** `aboutMeasure`: the reminder is about one measure's own deadline, not the whole item's. */
export function reminderNote(rule: ReminderRule, daysLeft: number, aboutMeasure = false): string {
  switch (rule) {
    case 'due_soon':
      return `还剩${daysLeft}天到期，请按时完成整改`;
    case 'due_close':
      return `还剩${daysLeft}天到期，请抓紧完成整改`;
    case 'due_today':
      return aboutMeasure ? '今天到期，请完成该项整改措施' : '今天到期，请完成整改并申请销号';
    case 'overdue':
      return `已逾期${-daysLeft}天，请尽快完成整改`;
    case 'monthly_progress':
      return '本月尚未报送整改进展，请及时报送';
    case 'consolidation':
      return daysLeft >= 0 ? `巩固报告还剩${daysLeft}天到期，请按时报送` : `巩固报告已逾期${-daysLeft}天，请尽快报送`;
  }
}

/**
 * The same line for a leader's, the 组长's or the office's daily digest: they do not do the work, they 督促 it
 * ("已逾期8天，请督促尽快完成整改").
 */
export function digestNote(rule: ReminderRule, daysLeft: number, aboutMeasure = false): string {
  return reminderNote(rule, daysLeft, aboutMeasure).replace('，请', '，请督促');
}

export function reminderContent(rule: ReminderRule, daysLeft: number, title: string, dueDay: IsoDay, aboutMeasure = false): ReminderContent {
  return { subject: title, due: dueDay, state: RULE_LABELS[rule], note: reminderNote(rule, daysLeft, aboutMeasure) };
}

/** The `data` of subscribeMessage.send: every value cut to its field's limits, dates as 2026年12月31日. */
export function templateData(template: SubscriptionTemplate, content: ReminderContent): Record<string, { value: string }> {
  const values: Record<keyof ReminderContent, string> = {
    subject: content.subject,
    due: chineseDate(content.due),
    state: content.state,
    note: content.note,
  };
  const data: Record<string, { value: string }> = {};
  for (const [name, key] of Object.entries(template.fields) as [keyof ReminderContent, string][]) data[key] = { value: fitValue(key, values[name]) };
  return data;
}

/** The item's page, as a subscription message opens it (no leading slash); `rk` names the reminder it came from. */
export function reminderPage(taskId: string, reminderId: string): string {
  return `packages/tasks/detail/index?id=${encodeURIComponent(taskId)}&rk=${encodeURIComponent(reminderId)}`;
}
