import type { ActionName } from './actions';
import type { Role } from './roles';

/**
 * Who may call each action. `public`: any caller, bound or not (binding and first-run setup);
 * `bound`: any bound member; otherwise the roles listed. Finer rules (own items) live in the handlers' domain checks.
 */
export type ActionAccess = 'public' | 'bound' | readonly Role[];

const OFFICE_AND_SECRETARY = ['office', 'secretary'] as const;

export const ACTION_ACCESS: Record<ActionName, ActionAccess> = {
  'auth.me': 'bound',
  'auth.bind': 'public',
  'roster.listMembers': OFFICE_AND_SECRETARY,
  // Whoever proposes or approves a 约谈 names its people: name, departments and roles only (no title, no binding).
  'roster.directory': ['leader', 'office', 'secretary'],
  'roster.upsertMember': OFFICE_AND_SECRETARY,
  'roster.listDepartments': OFFICE_AND_SECRETARY,
  'roster.upsertDepartment': OFFICE_AND_SECRETARY,
  'roster.issueInvite': OFFICE_AND_SECRETARY,
  // Re-binding someone's WeChat and reading who changed whose powers are the 组长's (core/duties).
  'roster.confirmRebind': ['secretary'],
  'roster.accessLog': ['secretary'],
  'plans.preview': OFFICE_AND_SECRETARY,
  'plans.import': OFFICE_AND_SECRETARY,
  'plans.list': 'bound',
  'plans.get': 'bound',
  // Which plan is current, and which are done, is the office's call (it keeps the plans).
  'plans.update': ['office'],
  'plans.setCurrent': ['office'],
  'plans.archive': ['office'],
  // Item actions are open to every bound member here; TASK_ACTION_RELATIONS decides per item (owner, leader, …).
  'tasks.list': 'bound',
  'tasks.get': 'bound',
  'tasks.assign': OFFICE_AND_SECRETARY,
  'tasks.markMeasure': 'bound',
  'tasks.addProgress': 'bound',
  'tasks.editProgress': 'bound',
  'tasks.comment': ['leader', 'secretary', 'office'],
  'tasks.requestExtension': 'bound',
  'tasks.decideExtension': ['secretary'],
  'closure.apply': 'bound',
  'closure.review': ['leader', 'secretary'],
  'closure.signOff': ['secretary'],
  // Reminders: everyone keeps their own subscriptions and 消息; the office runs reminders now and reads the log.
  'subscriptions.record': 'bound',
  'subscriptions.status': 'bound',
  'inbox.list': 'bound',
  'inbox.markRead': 'bound',
  'reminders.runNow': ['office'],
  'reminders.log': ['office'],
  // 约谈: a leader or the office proposes, a leader or the secretary approves, the office files; everything else is
  // decided per record by INTERVIEW_ACTION_RELATIONS (participants only — the record is confidential).
  'interviews.propose': ['leader', 'office', 'secretary'],
  'interviews.update': ['leader', 'office', 'secretary'],
  'interviews.submit': ['leader', 'office', 'secretary'],
  'interviews.approve': ['leader', 'secretary'],
  'interviews.record': 'bound',
  'interviews.requestSignatures': 'bound',
  'interviews.sign': 'bound',
  'interviews.addDeptOpinion': ['office'],
  'interviews.file': ['office'],
  'interviews.feedback': 'bound',
  'interviews.get': 'bound',
  'interviews.list': 'bound',
  'interviews.verify': 'bound',
  'interviews.revise': 'bound',
  'interviews.overview': OFFICE_AND_SECRETARY,
  'exports.interview': 'bound',
  // Figures are for those who oversee (leaders, office, secretary); a cadre's own items are on 我的事项. The 公示 is
  // what the unit publishes, so every member may read it; only the office decides what stays internal.
  'dashboard.summary': ['leader', 'office', 'secretary'],
  'dashboard.publicNotice': 'bound',
  'tasks.setInternal': ['office'],
  // A cadre exports the 台账 of what they can see (visibility applies inside); the report and the notice are the office's.
  'exports.ledger': 'bound',
  'exports.monthlyReport': OFFICE_AND_SECRETARY,
  'exports.publicNotice': OFFICE_AND_SECRETARY,
  // Outcomes: the item's owner records, its 责任领导 (or the 组长) confirms; lists apply item visibility and keep 问责
  // to the office, the 书记 and the item's leader (core/outcomes/access).
  'outcomes.record': 'bound',
  'outcomes.decide': ['leader', 'secretary'],
  'outcomes.list': 'bound',
  // The 整改情况报告 goes from the 党组 to 巡察办: the office writes its free text, the office and the 书记 export it.
  'reports.getTexts': OFFICE_AND_SECRETARY,
  'reports.saveTexts': ['office'],
  'exports.situationReport': OFFICE_AND_SECRETARY,
  setup: 'public',
};

export function mayCall(access: ActionAccess, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (roles === null) return false;
  if (access === 'bound') return true;
  return roles.some((role) => access.includes(role));
}
