import { AppError } from '../../core/errors';
import { ALL_PLANS } from '../../core/plans/scope';
import { resolvePlanScope } from '../plans/plan-scope';
import { outcomeFigures } from '../../core/outcomes/figures';
import { buildSituationReport } from '../../core/outcomes/situation-report';
import type { SituationItem } from '../../core/outcomes/situation-report';
import { beijingDay } from '../../core/time';
import type { ActionHandler } from '../api/handlers';
import { COLLECTIONS } from '../db/collections';
import { readUnitName } from '../dashboard/unit-records';
import { readConfirmedOutcomes } from '../outcomes/outcome-service';
import { readReportTexts } from '../outcomes/report-texts';
import { findPlan, listPlanTasks } from '../plans/plan-repository';
import type { ProgressDocument } from '../tasks/task-repository';
import type { Database } from '../platform/database-types';
import { deliver, safeFileName } from './export-file';
import { buildSituationDocx } from './situation-docx';
import { reportItemFigures } from './situation-figures';

const IDS_PER_QUERY = 500;

/** The latest 进展 of each item up to `before`, newest first per query. */
async function latestPostTexts(db: Database, taskIds: readonly string[], before: Date): Promise<Map<string, string>> {
  const _ = db.command;
  const latest = new Map<string, string>();
  for (let at = 0; at < taskIds.length; at += IDS_PER_QUERY) {
    const { data } = await db
      .collection(COLLECTIONS.progress)
      .where({ taskId: _.in(taskIds.slice(at, at + IDS_PER_QUERY)), createdAt: _.lt(before) })
      .orderBy('createdAt', 'desc')
      .limit(1000)
      .get<ProgressDocument>();
    for (const post of data) if (!latest.has(post.taskId)) latest.set(post.taskId, post.text);
  }
  return latest;
}

/**
 * The plan's (the current one unless chosen) 整改情况报告 as of a day (today or earlier): every 问题 in plan order with its measures, 成效 and
 * confirmed outcomes; the figures computed here, the office's own paragraphs from reports.saveTexts.
 */
export const exportSituationReport: ActionHandler<'exports.situationReport'> = async (input, context) => {
  const now = context.now();
  if (input.asOf > beijingDay(now)) throw new AppError('VALIDATION_FAILED', '报告日期不能晚于今天', { issues: [{ path: 'asOf', message: '报告日期不能晚于今天' }] });
  const scope = input.planId ?? (await resolvePlanScope(context.db, undefined));
  // A report is one plan's: with no plan in progress there is none to report on.
  const plan = scope === ALL_PLANS ? null : await findPlan(context.db, scope);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  // The day's end in Beijing: what was confirmed that day belongs in the report.
  const asOfEnd = new Date(`${input.asOf}T24:00:00+08:00`);
  const [tasks, texts, unitName, confirmed] = await Promise.all([
    listPlanTasks(context.db, plan._id),
    readReportTexts(context.db, plan._id),
    readUnitName(context.db),
    readConfirmedOutcomes(context.db, { planId: plan._id }),
  ]);
  const outcomes = confirmed.filter((outcome) => outcome.confirmedAt < asOfEnd);
  const posts = await latestPostTexts(context.db, tasks.map((task) => task._id), asOfEnd);
  const items: SituationItem[] = tasks.map((task) => ({
    id: task._id,
    aspectIndex: task.aspectIndex,
    aspectTitle: task.aspectTitle,
    title: task.title,
    status: task.status,
    measures: task.measures,
    reported: task.closure?.summary ?? posts.get(task._id) ?? null,
    outcomes: outcomes.filter((outcome) => outcome.taskId === task._id),
  }));
  const itemFigures = reportItemFigures(tasks.map((task) => ({ status: task.status, dueDate: task.dueDate ?? null })), input.asOf);
  const figures = outcomeFigures(outcomes);
  const report = buildSituationReport({ unitName: unitName ?? '（单位名称）', planTitle: plan.title, asOf: input.asOf, texts: texts.texts, items, itemFigures, outcomeFigures: figures });
  const bytes = await buildSituationDocx(report);
  const file = await deliver('situation', bytes, safeFileName(`整改情况报告-${plan.title}-${input.asOf}.docx`), now);
  return { ...file, items: itemFigures, outcomes: figures };
};
