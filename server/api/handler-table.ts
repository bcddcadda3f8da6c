import { authBind, authMe } from '../actions/auth';
import { confirmRebind, issueInvite, listDepartments, listMembers, memberDirectory, upsertDepartment, upsertMember } from '../actions/roster';
import { accessLog } from '../actions/access-log';
import { archivePlan, getPlan, importPlan, listPlans, previewPlan, setCurrentPlan, updatePlan } from '../actions/plans';
import { setup } from '../actions/setup';
import { addProgress, assignTask, commentTask, decideExtension, editProgress, getTask, listTasks, markMeasure, requestExtension, setInternal } from '../actions/tasks';
import { applyClosure, reviewClosure, signOffClosure } from '../actions/closure';
import { recordSubscriptions, subscriptionStatus } from '../actions/subscriptions';
import { listInbox, markInboxRead } from '../actions/inbox';
import { reminderLog, runRemindersNow } from '../actions/reminders';
import {
  addDeptOpinion,
  approveInterview,
  feedbackInterview,
  fileInterview,
  getInterview,
  interviewOverview,
  listInterviews,
  proposeInterview,
  recordInterview,
  requestSignatures,
  reviseInterview,
  signInterview,
  submitInterview,
  updateInterview,
  verifyInterview,
} from '../actions/interviews';
import { getDashboardSummary, getPublicNotice } from '../actions/dashboard';
import { decideOutcomeAction, getReportTexts, listOutcomesAction, recordOutcomeAction, saveReportTextsAction } from '../actions/outcomes';
import type { ExportActionName } from '../../core/actions';
import type { HandlerTable } from './handlers';

/** Every action but the exports (EXPORT_ACTIONS), which the `exports` function serves. */
export const API_HANDLERS: Omit<HandlerTable, ExportActionName> = {
  'auth.me': authMe,
  'auth.bind': authBind,
  'roster.listMembers': listMembers,
  'roster.directory': memberDirectory,
  'roster.upsertMember': upsertMember,
  'roster.listDepartments': listDepartments,
  'roster.upsertDepartment': upsertDepartment,
  'roster.issueInvite': issueInvite,
  'roster.confirmRebind': confirmRebind,
  'roster.accessLog': accessLog,
  'plans.preview': previewPlan,
  'plans.import': importPlan,
  'plans.list': listPlans,
  'plans.get': getPlan,
  'plans.update': updatePlan,
  'plans.setCurrent': setCurrentPlan,
  'plans.archive': archivePlan,
  'tasks.list': listTasks,
  'tasks.get': getTask,
  'tasks.assign': assignTask,
  'tasks.markMeasure': markMeasure,
  'tasks.addProgress': addProgress,
  'tasks.editProgress': editProgress,
  'tasks.comment': commentTask,
  'tasks.requestExtension': requestExtension,
  'tasks.decideExtension': decideExtension,
  'closure.apply': applyClosure,
  'closure.review': reviewClosure,
  'closure.signOff': signOffClosure,
  'subscriptions.record': recordSubscriptions,
  'subscriptions.status': subscriptionStatus,
  'inbox.list': listInbox,
  'inbox.markRead': markInboxRead,
  'reminders.runNow': runRemindersNow,
  'reminders.log': reminderLog,
  'interviews.propose': proposeInterview,
  'interviews.update': updateInterview,
  'interviews.submit': submitInterview,
  'interviews.approve': approveInterview,
  'interviews.record': recordInterview,
  'interviews.requestSignatures': requestSignatures,
  'interviews.sign': signInterview,
  'interviews.addDeptOpinion': addDeptOpinion,
  'interviews.file': fileInterview,
  'interviews.feedback': feedbackInterview,
  'interviews.get': getInterview,
  'interviews.list': listInterviews,
  'interviews.verify': verifyInterview,
  'interviews.revise': reviseInterview,
  'interviews.overview': interviewOverview,
  'dashboard.summary': getDashboardSummary,
  'dashboard.publicNotice': getPublicNotice,
  'tasks.setInternal': setInternal,
  'outcomes.record': recordOutcomeAction,
  'outcomes.decide': decideOutcomeAction,
  'outcomes.list': listOutcomesAction,
  'reports.getTexts': getReportTexts,
  'reports.saveTexts': saveReportTextsAction,
  setup,
};
