import { authBind, authMe } from '../actions/auth';
import { issueInvite, listDepartments, listMembers, upsertDepartment, upsertMember } from '../actions/roster';
import { getPlan, importPlan, listPlans, previewPlan } from '../actions/plans';
import { setup } from '../actions/setup';
import type { HandlerTable } from './handlers';

export const API_HANDLERS: HandlerTable = {
  'auth.me': authMe,
  'auth.bind': authBind,
  'roster.listMembers': listMembers,
  'roster.upsertMember': upsertMember,
  'roster.listDepartments': listDepartments,
  'roster.upsertDepartment': upsertDepartment,
  'roster.issueInvite': issueInvite,
  'plans.preview': previewPlan,
  'plans.import': importPlan,
  'plans.list': listPlans,
  'plans.get': getPlan,
  setup,
};
