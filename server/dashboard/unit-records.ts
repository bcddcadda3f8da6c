import { COLLECTIONS } from '../db/collections';
import type { TaskDocument } from '../tasks/task-documents';
import type { PlanHeadingFields } from '../plans/plan-scope';
import type { Database, Document } from '../platform/database-types';
import { allOf } from '../db/paging';

/** A get answers at most 1000 rows in a function. */
const PAGE = 1000;

/**
 * Every item under `where` with the fields asked for, in the list's order (sortKey), a page of 1000 at a time by
 * the sort key as the list pages: the exports and the 公示 need all rows, so this costs one round trip per 1000 items.
 */
export async function readAllTasks<K extends keyof TaskDocument>(db: Database, where: Document, fields: readonly K[]): Promise<Pick<TaskDocument, '_id' | 'sortKey' | K>[]> {
  const _ = db.command;
  const projection = Object.fromEntries([...fields, 'sortKey'].map((field) => [field, true]));
  const rows: Pick<TaskDocument, '_id' | 'sortKey' | K>[] = [];
  let after: string | null = null;
  for (;;) {
    const condition: Document = after === null ? where : allOf(_, [where, { sortKey: _.gt(after) }].filter((part) => Object.keys(part).length > 0));
    const { data } = await db.collection(COLLECTIONS.tasks).where(condition).orderBy('sortKey', 'asc').limit(PAGE).field(projection).get<Pick<TaskDocument, '_id' | 'sortKey' | K>>();
    rows.push(...data);
    const last = data[data.length - 1];
    if (data.length < PAGE || !last) return rows;
    after = last.sortKey;
  }
}

/** The unit's name as `setup` stored it; null before setup or when the meta record lacks it. */
export async function readUnitName(db: Database): Promise<string | null> {
  const { data } = await db.collection(COLLECTIONS.meta).where({ _id: 'setup' }).limit(1).get<{ unitName?: unknown }>();
  const name = data[0]?.unitName;
  return typeof name === 'string' && name.trim().length > 0 ? name.trim() : null;
}

export type PlanRef = PlanHeadingFields;

/** The plans in import order: documents list them, and 方面 come out in this order. */
export async function readPlans(db: Database): Promise<PlanRef[]> {
  const { data } = await db.collection(COLLECTIONS.plans).orderBy('importedAt', 'asc').limit(100).field({ title: true, kind: true, source: true, archived: true }).get<PlanRef>();
  return data;
}

/** Plan order, then the plan's own order of problems. */
export function inPlanOrder<T extends { planId: string; seq: number }>(rows: T[], plans: readonly PlanRef[]): T[] {
  const rank = new Map(plans.map((plan, index) => [plan._id, index]));
  return [...rows].sort((a, b) => (rank.get(a.planId) ?? plans.length) - (rank.get(b.planId) ?? plans.length) || a.planId.localeCompare(b.planId) || a.seq - b.seq);
}
