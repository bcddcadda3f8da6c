import type { PlanSummary } from '../../core/actions/plans';
import type { TaskSummary } from '../../core/tasks/model';
import type { Database } from '../platform/database-types';
import { planKindOf } from '../../core/plans/kinds';
import { COLLECTIONS } from '../db/collections';
import type { PlanDocument } from './plan-documents';
import type { TaskDocument } from '../tasks/task-documents';

const PAGE = 1000;

export async function findPlan(db: Database, planId: string): Promise<PlanDocument | null> {
  const { data } = await db.collection(COLLECTIONS.plans).where({ _id: planId }).limit(1).get<PlanDocument>();
  return data[0] ?? null;
}

export async function listPlans(db: Database): Promise<PlanDocument[]> {
  const { data } = await db.collection(COLLECTIONS.plans).orderBy('importedAt', 'desc').limit(PAGE).get<PlanDocument>();
  return data;
}

/** A plan's 问题 in plan order (举一反三 items, which hang under them, left out), a page of 1000 per round trip. */
export async function listPlanTasks(db: Database, planId: string): Promise<TaskDocument[]> {
  const all: TaskDocument[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { data } = await db.collection(COLLECTIONS.tasks).where({ planId, parentTaskId: db.command.exists(false) }).orderBy('seq', 'asc').skip(offset).limit(PAGE).get<TaskDocument>();
    all.push(...data);
    if (data.length < PAGE) return all;
  }
}

/** `currentPlanId`: currentPlanOf over every plan (server/plans/plan-scope). */
export function toPlanSummary(plan: PlanDocument, currentPlanId: string | null): PlanSummary {
  return {
    id: plan._id,
    title: plan.title,
    kind: planKindOf(plan.kind),
    source: plan.source ?? '',
    archived: plan.archived === true,
    current: plan._id === currentPlanId,
    planDate: plan.planDate,
    taskCount: plan.taskCount,
    aspectTitles: plan.aspectTitles,
    importedAt: new Date(plan.importedAt).toISOString(),
    importedBy: plan.importedByName,
  };
}

/** The fields every list of items shows; the item list adds its deadline state to them. */
export type TaskSummaryFields = Pick<TaskDocument, '_id' | 'planId' | 'seq' | 'number' | 'title' | 'aspectTitle' | 'departmentNames' | 'leaderName' | 'status' | 'dueDate' | 'deadline'>;

export function toTaskSummary(task: TaskSummaryFields): TaskSummary {
  return {
    id: task._id,
    planId: task.planId,
    seq: task.seq,
    number: task.number,
    title: task.title,
    aspectTitle: task.aspectTitle,
    departmentNames: task.departmentNames,
    leaderName: task.leaderName,
    status: task.status,
    dueDate: task.dueDate,
    deadline: task.deadline,
  };
}
