import type { z } from 'zod';
import { authBindInput, authMeInput } from './auth';
import type { AuthBindOutput, AuthMeOutput } from './auth';
import {
  accessLogInput,
  confirmRebindInput,
  issueInviteInput,
  listDepartmentsInput,
  listMembersInput,
  memberDirectoryInput,
  upsertDepartmentInput,
  upsertMemberInput,
} from './roster';
import type {
  AccessLogOutput,
  ConfirmRebindOutput,
  IssueInviteOutput,
  ListDepartmentsOutput,
  ListMembersOutput,
  MemberDirectoryOutput,
  UpsertDepartmentOutput,
  UpsertMemberOutput,
} from './roster';
import { archivePlanInput, getPlanInput, importPlanInput, listPlansInput, previewPlanInput, setCurrentPlanInput, updatePlanInput } from './plans';
import type { GetPlanOutput, ImportPlanOutput, ListPlansOutput, PlanWriteOutput, PreviewPlanOutput } from './plans';
import { setupInput } from './setup';
import {
  addProgressInput,
  assignTaskInput,
  commentTaskInput,
  decideExtensionInput,
  editProgressInput,
  getTaskInput,
  listTasksInput,
  markMeasureInput,
  requestExtensionInput,
} from './tasks';
import type { GetTaskOutput, ListTasksOutput, TaskWriteOutput } from './tasks';
import { applyClosureInput, reviewClosureInput, signOffClosureInput } from './closure';
import type { SetupOutput } from './setup';
import {
  listInboxInput,
  markInboxReadInput,
  recordSubscriptionsInput,
  reminderLogInput,
  runRemindersNowInput,
  subscriptionStatusInput,
} from './reminders';
import type { ListInboxOutput, MarkInboxReadOutput, ReminderLogOutput, RunRemindersNowOutput, SubscriptionStatusOutput } from './reminders';
import {
  addDeptOpinionInput,
  approveInterviewInput,
  exportInterviewInput,
  feedbackInterviewInput,
  fileInterviewInput,
  getInterviewInput,
  interviewOverviewInput,
  listInterviewsInput,
  proposeInterviewInput,
  recordInterviewInput,
  requestSignaturesInput,
  reviseInterviewInput,
  signInterviewInput,
  submitInterviewInput,
  updateInterviewInput,
  verifyInterviewInput,
} from './interviews';
import { dashboardSummaryInput, publicNoticeInput, setTaskInternalInput } from './dashboard';
import type { DashboardSummaryOutput, PublicNoticeOutput, SetTaskInternalOutput } from './dashboard';
import { exportLedgerInput, exportMonthlyReportInput, exportPublicNoticeInput } from './exports';
import type { ExportLedgerOutput, ExportMonthlyReportOutput, ExportPublicNoticeOutput } from './exports';
import { decideOutcomeInput, listOutcomesInput, recordOutcomeInput } from './outcomes';
import type { ListOutcomesOutput, OutcomeWriteOutput } from './outcomes';
import { exportSituationReportInput, getReportTextsInput, saveReportTextsInput } from './reports';
import type { ExportSituationReportOutput, ReportTextsOutput } from './reports';
import type {
  ExportInterviewOutput,
  GetInterviewOutput,
  InterviewOverviewOutput,
  InterviewWriteOutput,
  ListInterviewsOutput,
  VerifyInterviewOutput,
} from './interviews';

/** Every action of the `api` function: its input schema. Outputs are typed in ActionOutputs. */
export const ACTION_INPUTS = {
  'auth.me': authMeInput,
  'auth.bind': authBindInput,
  'roster.listMembers': listMembersInput,
  'roster.directory': memberDirectoryInput,
  'roster.upsertMember': upsertMemberInput,
  'roster.listDepartments': listDepartmentsInput,
  'roster.upsertDepartment': upsertDepartmentInput,
  'roster.issueInvite': issueInviteInput,
  'roster.confirmRebind': confirmRebindInput,
  'roster.accessLog': accessLogInput,
  'plans.preview': previewPlanInput,
  'plans.import': importPlanInput,
  'plans.list': listPlansInput,
  'plans.get': getPlanInput,
  'plans.update': updatePlanInput,
  'plans.setCurrent': setCurrentPlanInput,
  'plans.archive': archivePlanInput,
  'tasks.list': listTasksInput,
  'tasks.get': getTaskInput,
  'tasks.assign': assignTaskInput,
  'tasks.markMeasure': markMeasureInput,
  'tasks.addProgress': addProgressInput,
  'tasks.editProgress': editProgressInput,
  'tasks.comment': commentTaskInput,
  'tasks.requestExtension': requestExtensionInput,
  'tasks.decideExtension': decideExtensionInput,
  'closure.apply': applyClosureInput,
  'closure.review': reviewClosureInput,
  'closure.signOff': signOffClosureInput,
  'subscriptions.record': recordSubscriptionsInput,
  'subscriptions.status': subscriptionStatusInput,
  'inbox.list': listInboxInput,
  'inbox.markRead': markInboxReadInput,
  'reminders.runNow': runRemindersNowInput,
  'reminders.log': reminderLogInput,
  'interviews.propose': proposeInterviewInput,
  'interviews.update': updateInterviewInput,
  'interviews.submit': submitInterviewInput,
  'interviews.approve': approveInterviewInput,
  'interviews.record': recordInterviewInput,
  'interviews.requestSignatures': requestSignaturesInput,
  'interviews.sign': signInterviewInput,
  'interviews.addDeptOpinion': addDeptOpinionInput,
  'interviews.file': fileInterviewInput,
  'interviews.feedback': feedbackInterviewInput,
  'interviews.get': getInterviewInput,
  'interviews.list': listInterviewsInput,
  'interviews.verify': verifyInterviewInput,
  'interviews.revise': reviseInterviewInput,
  'interviews.overview': interviewOverviewInput,
  'exports.interview': exportInterviewInput,
  'dashboard.summary': dashboardSummaryInput,
  'dashboard.publicNotice': publicNoticeInput,
  'tasks.setInternal': setTaskInternalInput,
  'exports.ledger': exportLedgerInput,
  'exports.monthlyReport': exportMonthlyReportInput,
  'exports.publicNotice': exportPublicNoticeInput,
  'outcomes.record': recordOutcomeInput,
  'outcomes.decide': decideOutcomeInput,
  'outcomes.list': listOutcomesInput,
  'reports.getTexts': getReportTextsInput,
  'reports.saveTexts': saveReportTextsInput,
  'exports.situationReport': exportSituationReportInput,
  setup: setupInput,
} as const;

export type ActionName = keyof typeof ACTION_INPUTS;
export type ActionInput<A extends ActionName> = z.input<(typeof ACTION_INPUTS)[A]>;
export type ParsedActionInput<A extends ActionName> = z.output<(typeof ACTION_INPUTS)[A]>;

export interface ActionOutputs {
  'auth.me': AuthMeOutput;
  'auth.bind': AuthBindOutput;
  'roster.listMembers': ListMembersOutput;
  'roster.directory': MemberDirectoryOutput;
  'roster.upsertMember': UpsertMemberOutput;
  'roster.listDepartments': ListDepartmentsOutput;
  'roster.upsertDepartment': UpsertDepartmentOutput;
  'roster.issueInvite': IssueInviteOutput;
  'roster.confirmRebind': ConfirmRebindOutput;
  'roster.accessLog': AccessLogOutput;
  'plans.preview': PreviewPlanOutput;
  'plans.import': ImportPlanOutput;
  'plans.list': ListPlansOutput;
  'plans.get': GetPlanOutput;
  'plans.update': PlanWriteOutput;
  'plans.setCurrent': PlanWriteOutput;
  'plans.archive': PlanWriteOutput;
  'tasks.list': ListTasksOutput;
  'tasks.get': GetTaskOutput;
  'tasks.assign': TaskWriteOutput;
  'tasks.markMeasure': TaskWriteOutput;
  'tasks.addProgress': TaskWriteOutput;
  'tasks.editProgress': TaskWriteOutput;
  'tasks.comment': TaskWriteOutput;
  'tasks.requestExtension': TaskWriteOutput;
  'tasks.decideExtension': TaskWriteOutput;
  'closure.apply': TaskWriteOutput;
  'closure.review': TaskWriteOutput;
  'closure.signOff': TaskWriteOutput;
  'subscriptions.record': SubscriptionStatusOutput;
  'subscriptions.status': SubscriptionStatusOutput;
  'inbox.list': ListInboxOutput;
  'inbox.markRead': MarkInboxReadOutput;
  'reminders.runNow': RunRemindersNowOutput;
  'reminders.log': ReminderLogOutput;
  'interviews.propose': InterviewWriteOutput;
  'interviews.update': InterviewWriteOutput;
  'interviews.submit': InterviewWriteOutput;
  'interviews.approve': InterviewWriteOutput;
  'interviews.record': InterviewWriteOutput;
  'interviews.requestSignatures': InterviewWriteOutput;
  'interviews.sign': InterviewWriteOutput;
  'interviews.addDeptOpinion': InterviewWriteOutput;
  'interviews.file': InterviewWriteOutput;
  'interviews.feedback': InterviewWriteOutput;
  'interviews.get': GetInterviewOutput;
  'interviews.list': ListInterviewsOutput;
  'interviews.verify': VerifyInterviewOutput;
  'interviews.revise': InterviewWriteOutput;
  'interviews.overview': InterviewOverviewOutput;
  'exports.interview': ExportInterviewOutput;
  'dashboard.summary': DashboardSummaryOutput;
  'dashboard.publicNotice': PublicNoticeOutput;
  'tasks.setInternal': SetTaskInternalOutput;
  'exports.ledger': ExportLedgerOutput;
  'exports.monthlyReport': ExportMonthlyReportOutput;
  'exports.publicNotice': ExportPublicNoticeOutput;
  'outcomes.record': OutcomeWriteOutput;
  'outcomes.decide': OutcomeWriteOutput;
  'outcomes.list': ListOutcomesOutput;
  'reports.getTexts': ReportTextsOutput;
  'reports.saveTexts': ReportTextsOutput;
  'exports.situationReport': ExportSituationReportOutput;
  setup: SetupOutput;
}
export type ActionOutput<A extends ActionName> = ActionOutputs[A];

/**
 * Actions served by the `exports` cloud function (heavy dependencies such as docx stay out of `api`'s cold start);
 * every other action is served by `api`. The client picks the function with functionOf(action).
 */
export const EXPORT_ACTIONS = ['exports.interview', 'exports.ledger', 'exports.monthlyReport', 'exports.publicNotice', 'exports.situationReport'] as const satisfies readonly ActionName[];
export type ExportActionName = (typeof EXPORT_ACTIONS)[number];
export type FunctionName = 'api' | 'exports';

export function functionOf(action: ActionName): FunctionName {
  return (EXPORT_ACTIONS as readonly string[]).includes(action) ? 'exports' : 'api';
}

export function isActionName(value: unknown): value is ActionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ACTION_INPUTS, value);
}
