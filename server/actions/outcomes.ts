import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { decideOutcome, listOutcomes, recordOutcome } from '../outcomes/outcome-service';
import { readReportTexts, saveReportTexts } from '../outcomes/report-texts';

export const recordOutcomeAction: ActionHandler<'outcomes.record'> = async (input, context) => recordOutcome(context, requireMember(context), input);
export const decideOutcomeAction: ActionHandler<'outcomes.decide'> = async (input, context) => decideOutcome(context, requireMember(context), input);
export const listOutcomesAction: ActionHandler<'outcomes.list'> = async (input, context) =>
  listOutcomes(context, requireMember(context), { planId: input.planId, taskId: input.taskId, kind: input.kind, confirmedOnly: input.confirmedOnly });

export const getReportTexts: ActionHandler<'reports.getTexts'> = async (input, context) => readReportTexts(context.db, input.planId);
export const saveReportTextsAction: ActionHandler<'reports.saveTexts'> = async (input, context) => saveReportTexts(context, requireMember(context), input.planId, input.texts);
