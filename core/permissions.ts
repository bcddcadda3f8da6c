import type { ActionName } from './actions';
import { can } from './capabilities';
import type { Capability } from './capabilities';
import type { Role } from './roles';

/**
 * Who may call each action, and whether it only reads. `public`: any caller, bound or not (binding and first-run
 * setup); `bound`: any bound member; otherwise the members granted a capability (core/capabilities). Finer rules
 * (own items) live in the handlers' domain checks.
 */
export interface ActionAccess {
  kind: 'read' | 'write';
  who: 'public' | 'bound' | Capability;
}

const read = (who: ActionAccess['who']): ActionAccess => ({ kind: 'read', who });
const write = (who: ActionAccess['who']): ActionAccess => ({ kind: 'write', who });

export const ACTION_ACCESS: Record<ActionName, ActionAccess> = {
  'auth.me': read('bound'),
  'auth.bind': write('public'),
  'roster.listMembers': read('keepsRoster'),
  // Whoever proposes or approves a 约谈 names its people: name, departments and roles only (no title, no binding).
  'roster.directory': read('proposesInterviews'),
  'roster.upsertMember': write('keepsRoster'),
  'roster.listDepartments': read('keepsRoster'),
  'roster.upsertDepartment': write('keepsRoster'),
  'roster.issueInvite': write('keepsRoster'),
  // Re-binding someone's WeChat and reading who changed whose powers are the 组长's (core/duties).
  'roster.confirmRebind': write('guardsIdentity'),
  'roster.accessLog': read('guardsIdentity'),
  'plans.preview': read('importsPlans'),
  'plans.import': write('importsPlans'),
  'plans.list': read('bound'),
  'plans.get': read('bound'),
  // Which plan is current, and which are done, is the office's call (it keeps the plans).
  'plans.update': write('keepsPlans'),
  'plans.setCurrent': write('keepsPlans'),
  'plans.archive': write('keepsPlans'),
  // Item actions are open to every bound member here; TASK_ACTION_RELATIONS decides per item (owner, leader, …).
  'tasks.list': read('bound'),
  'tasks.get': read('bound'),
  'tasks.assign': write('assignsItems'),
  'tasks.markMeasure': write('bound'),
  'tasks.addProgress': write('bound'),
  'tasks.editProgress': write('bound'),
  'tasks.comment': write('commentsOnItems'),
  'tasks.requestExtension': write('bound'),
  'tasks.decideExtension': write('signsOffItems'),
  'closure.apply': write('bound'),
  'closure.review': write('leadsItems'),
  'closure.signOff': write('signsOffItems'),
  // Reminders: everyone keeps their own subscriptions and 消息; the office runs reminders now and reads the log.
  'subscriptions.record': write('bound'),
  'subscriptions.status': read('bound'),
  'inbox.list': read('bound'),
  'inbox.markRead': write('bound'),
  'reminders.runNow': write('runsReminders'),
  'reminders.log': read('runsReminders'),
  // 约谈: a leader or the office proposes, a leader or the secretary approves, the office files; everything else is
  // decided per record by INTERVIEW_ACTION_RELATIONS (participants only — the record is confidential).
  'interviews.propose': write('proposesInterviews'),
  'interviews.update': write('proposesInterviews'),
  'interviews.submit': write('proposesInterviews'),
  'interviews.approve': write('leadsItems'),
  'interviews.record': write('bound'),
  'interviews.requestSignatures': write('bound'),
  'interviews.sign': write('bound'),
  'interviews.addDeptOpinion': write('keepsInterviewFiles'),
  'interviews.file': write('keepsInterviewFiles'),
  'interviews.feedback': write('bound'),
  'interviews.get': read('bound'),
  'interviews.list': read('bound'),
  'interviews.verify': read('bound'),
  'interviews.revise': write('bound'),
  'interviews.overview': read('seesAllInterviews'),
  'exports.interview': read('bound'),
  // Figures are for those who oversee (leaders, office, secretary); a cadre's own items are on 我的事项. The 公示 is
  // what the unit publishes, so every member may read it; only the office decides what stays internal.
  'dashboard.summary': read('readsFigures'),
  'dashboard.publicNotice': read('bound'),
  'tasks.setInternal': write('editsPublications'),
  // A cadre exports the 台账 of what they can see (visibility applies inside); the report and the notice are the office's.
  'exports.ledger': read('bound'),
  'exports.monthlyReport': read('writesReports'),
  'exports.publicNotice': read('writesReports'),
  // Outcomes: the item's owner records, its 责任领导 (or the 组长) confirms; lists apply item visibility and keep 问责
  // to the office, the 书记 and the item's leader (core/outcomes/access).
  'outcomes.record': write('bound'),
  'outcomes.decide': write('leadsItems'),
  'outcomes.list': read('bound'),
  // The 整改情况报告 goes from the 党组 to 巡察办: the office writes its free text, the office and the 书记 export it.
  'reports.getTexts': read('writesReports'),
  'reports.saveTexts': write('editsPublications'),
  'exports.situationReport': read('writesReports'),
  setup: write('public'),
};

export function mayCall(access: ActionAccess, roles: readonly Role[] | null): boolean {
  if (access.who === 'public') return true;
  if (roles === null) return false;
  if (access.who === 'bound') return true;
  return can(roles, access.who);
}
