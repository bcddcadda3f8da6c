import type { ReportTexts, ReportTextsOutput } from '../../core/actions/reports';
import { AppError } from '../../core/errors';
import type { CurrentMember, ActionContext } from '../api/context';
import { recordAudit } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { findPlan } from '../plans/plan-repository';
import type { Database } from '../platform/database-types';

/** Until the office writes its own, the report goes to 县委巡察办 with no extra paragraphs: the export supplies the standard ones. */
export const EMPTY_REPORT_TEXTS: ReportTexts = { recipient: '县委巡察办', opening: '', items: [], nextPlans: [] };

interface ReportTextsDocument {
  _id: string;
  texts: ReportTexts;
  savedAt: Date;
  savedById: string;
}

export async function readReportTexts(db: Database, planId: string): Promise<ReportTextsOutput> {
  if (!(await findPlan(db, planId))) throw new AppError('PLAN_NOT_FOUND');
  const { data } = await db.collection(COLLECTIONS.reportTexts).where({ _id: planId }).limit(1).get<ReportTextsDocument>();
  const stored = data[0];
  return { planId, texts: stored?.texts ?? EMPTY_REPORT_TEXTS, savedAt: stored ? new Date(stored.savedAt).toISOString() : null };
}

/** The office's text for a plan's report, replaced whole (the page sends everything it shows); audited. Items must be the plan's. */
export async function saveReportTexts(context: ActionContext, member: CurrentMember, planId: string, texts: ReportTexts): Promise<ReportTextsOutput> {
  const db = context.db;
  if (!(await findPlan(db, planId))) throw new AppError('PLAN_NOT_FOUND');
  const taskIds = [...new Set(texts.items.map((item) => item.taskId))];
  if (taskIds.length !== texts.items.length) throw new AppError('VALIDATION_FAILED', '同一问题的整改情况只能填写一次');
  if (taskIds.length > 0) {
    const _ = db.command;
    const { total } = await db.collection(COLLECTIONS.tasks).where({ _id: _.in(taskIds), planId }).count();
    if (total !== taskIds.length) throw new AppError('TASK_NOT_FOUND', '所填问题不属于该整改方案');
  }
  const now = context.now();
  await db.runTransaction(async (transaction) => {
    await transaction.collection(COLLECTIONS.reportTexts).doc(planId).set({ data: { texts, savedAt: now, savedById: member.id } });
    await recordAudit(transaction, { entity: 'report', entityId: planId, action: 'reports.saveTexts', actorId: member.id, at: now, before: null, after: { items: texts.items.length, nextPlans: texts.nextPlans.length } });
  });
  return { planId, texts, savedAt: now.toISOString() };
}
