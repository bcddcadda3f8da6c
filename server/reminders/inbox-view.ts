import { digestNote, reminderNote } from '../../core/reminders/content';
import { DIGEST_ENTRIES_SHOWN } from '../../core/reminders/model';
import type { InboxEntry, InboxItem } from '../../core/reminders/model';
import { REMINDER_RULES, RULE_LABELS } from '../../core/reminders/rules';
import type { ReminderRule } from '../../core/reminders/rules';
import { chineseDate } from '../../core/time';
import type { InboxDocument, StoredDigestEntry } from './documents';

/** The most pressing first: the longest overdue, then the nearest due day. */
function byUrgency(a: StoredDigestEntry, b: StoredDigestEntry): number {
  return a.daysLeft - b.daysLeft || a.dueDay.localeCompare(b.dueDay) || a.title.localeCompare(b.title, 'zh-CN');
}

function entryOf(entry: StoredDigestEntry): InboxEntry {
  return { taskId: entry.taskId, title: entry.title, rule: entry.rule, ruleLabel: RULE_LABELS[entry.rule], dueDay: entry.dueDay, note: digestNote(entry.rule, entry.daysLeft, Boolean(entry.measureId)) };
}

/** 已逾期3项、临近到期1项: what a digest holds, in rule order. */
function digestSummary(entries: readonly StoredDigestEntry[]): string {
  const counts = new Map<ReminderRule, number>();
  for (const entry of entries) counts.set(entry.rule, (counts.get(entry.rule) ?? 0) + 1);
  return REMINDER_RULES.filter((rule) => counts.has(rule))
    .map((rule) => `${RULE_LABELS[rule]}${counts.get(rule)}项`)
    .join('、');
}

export function inboxItemOf(document: InboxDocument): InboxItem {
  const base = { id: document._id, day: document.day, createdAt: new Date(document.createdAt).toISOString(), read: document.read, reason: document.reason ?? null, interviewId: document.interviewId ?? null };
  if (document.kind === 'decision') {
    return { ...base, kind: 'decision', title: document.title ?? '', body: document.body ?? '', taskId: document.taskId, entries: [], entryCount: 0 };
  }
  if (document.kind === 'digest') {
    const entries = Object.values(document.entries ?? {}).sort(byUrgency);
    return {
      ...base,
      kind: 'digest',
      title: `${chineseDate(document.day)}整改提醒汇总（${entries.length}项）`,
      body: digestSummary(entries),
      taskId: null,
      entries: entries.slice(0, DIGEST_ENTRIES_SHOWN).map(entryOf),
      entryCount: entries.length,
    };
  }
  if (document.kind === 'notice') return { ...base, kind: 'notice', title: document.title ?? '', body: document.body ?? '', taskId: null, entries: [], entryCount: 0 };
  const rule = document.rule as ReminderRule;
  return {
    ...base,
    kind: 'reminder',
    title: `【${RULE_LABELS[rule]}】${document.title ?? ''}`,
    body: `${reminderNote(rule, document.daysLeft ?? 0, Boolean(document.measureId))}（时限：${chineseDate(document.dueDay as string)}）`,
    taskId: document.taskId,
    entries: [],
    entryCount: 0,
  };
}
