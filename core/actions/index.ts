import type { z } from 'zod';
import { authBindInput, authMeInput } from './auth';
import type { AuthBindOutput, AuthMeOutput } from './auth';
import {
  issueInviteInput,
  listDepartmentsInput,
  listMembersInput,
  upsertDepartmentInput,
  upsertMemberInput,
} from './roster';
import type {
  IssueInviteOutput,
  ListDepartmentsOutput,
  ListMembersOutput,
  UpsertDepartmentOutput,
  UpsertMemberOutput,
} from './roster';
import { getPlanInput, importPlanInput, listPlansInput, previewPlanInput } from './plans';
import type { GetPlanOutput, ImportPlanOutput, ListPlansOutput, PreviewPlanOutput } from './plans';
import { setupInput } from './setup';
import {
  addProgressInput,
  applyClosureInput,
  assignTaskInput,
  commentTaskInput,
  decideExtensionInput,
  editProgressInput,
  getTaskInput,
  listTasksInput,
  markMeasureInput,
  requestExtensionInput,
  reviewClosureInput,
  signOffClosureInput,
} from './tasks';
import type { GetTaskOutput, ListTasksOutput, TaskWriteOutput } from './tasks';
import type { SetupOutput } from './setup';

/** Every action of the `api` function: its input schema. Outputs are typed in ActionOutputs. */
export const ACTION_INPUTS = {
  'auth.me': authMeInput,
  'auth.bind': authBindInput,
  'roster.listMembers': listMembersInput,
  'roster.upsertMember': upsertMemberInput,
  'roster.listDepartments': listDepartmentsInput,
  'roster.upsertDepartment': upsertDepartmentInput,
  'roster.issueInvite': issueInviteInput,
  'plans.preview': previewPlanInput,
  'plans.import': importPlanInput,
  'plans.list': listPlansInput,
  'plans.get': getPlanInput,
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
  setup: setupInput,
} as const;

export type ActionName = keyof typeof ACTION_INPUTS;
export type ActionInput<A extends ActionName> = z.input<(typeof ACTION_INPUTS)[A]>;
export type ParsedActionInput<A extends ActionName> = z.output<(typeof ACTION_INPUTS)[A]>;

export interface ActionOutputs {
  'auth.me': AuthMeOutput;
  'auth.bind': AuthBindOutput;
  'roster.listMembers': ListMembersOutput;
  'roster.upsertMember': UpsertMemberOutput;
  'roster.listDepartments': ListDepartmentsOutput;
  'roster.upsertDepartment': UpsertDepartmentOutput;
  'roster.issueInvite': IssueInviteOutput;
  'plans.preview': PreviewPlanOutput;
  'plans.import': ImportPlanOutput;
  'plans.list': ListPlansOutput;
  'plans.get': GetPlanOutput;
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
  setup: SetupOutput;
}
export type ActionOutput<A extends ActionName> = ActionOutputs[A];

export function isActionName(value: unknown): value is ActionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ACTION_INPUTS, value);
}
