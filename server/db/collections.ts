/** Every collection the app uses; `setup` creates them, security rules make each 仅管理端可读写. */
export const COLLECTIONS = {
  members: 'members',
  departments: 'departments',
  invites: 'invites',
  bindings: 'bindings',
  bindAttempts: 'bind_attempts',
  meta: 'meta',
  plans: 'plans',
  tasks: 'tasks',
  /** 进展 posts of items: text and evidence, editable by their author for a few minutes. */
  progress: 'progress',
  audit: 'audit',
  /** Accepted files: the server's copy of each, its sha256, size, type by content, picked name and draft. */
  files: 'files',
  /** 约谈 records, current revision; confidential: every read goes through interviews.* with participant checks. */
  interviews: 'interviews',
  /** Superseded revisions of 约谈 records, frozen as they were sealed. */
  interviewRevisions: 'interview_revisions',
  /** One document per reminder key (rule, round, item, person, due day), written before anything is sent. */
  reminders: 'reminders',
  /** Per member: subscription accepts in hand per template, refusals, the 到期提醒 switch. */
  subscriptions: 'subscriptions',
  /** The in-app 消息: reminders that could not go out on WeChat, and leaders' daily digests. */
  inbox: 'inbox',
  /** Reminder runs: the day's checkpoint (phase, cursor), the lease of the invocation working on it, counts. */
  reminderRuns: 'reminder_runs',
  /** Per Beijing day: until when the day's runs have claimed every reminder (a same-day rerun reads only what changed since). */
  reminderDays: 'reminder_days',
  /** 整改成效 of items (制度, 问责, 资金, 举一反三); 问责 is confidential: reads go through outcomes.list. */
  outcomes: 'outcomes',
  /** Per plan (document id = plan id): the free text of its 整改情况报告, written by the office. */
  reportTexts: 'report_texts',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export const ALL_COLLECTIONS: CollectionName[] = Object.values(COLLECTIONS);

const COLLECTION_NOT_EXIST = -502005;

export function isCollectionMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errCode?: unknown }).errCode === COLLECTION_NOT_EXIST;
}
