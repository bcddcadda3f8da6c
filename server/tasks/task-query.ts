import type { TaskFilter } from '../../core/actions/tasks';
import type { CountKey } from '../../core/figures/figures';
import type { PlanScope } from '../../core/plans/scope';
import { planCondition } from '../plans/plan-scope';
import type { TaskViewer } from '../../core/tasks/access';
import type { TaskStatus } from '../../core/tasks/status';
import type { Command, Document } from '../platform/database-types';
import { can } from '../../core/capabilities';

/**
 * maySeeTask (core/tasks/access) as a database condition: whoever seesAllItems sees everything (null: no
 * condition); anyone else sees what they lead, what names them, and — as a cadre — their departments' items.
 * The branches are relationsTo's, one for one; tests check the query against maySeeTask item by item.
 */
export function visibilityCondition(_: Command, viewer: TaskViewer): Document | null {
  if (can(viewer.roles, 'seesAllItems')) return null;
  const branches: Document[] = [{ leaderId: viewer.id }, { assigneeIds: viewer.id }];
  if (can(viewer.roles, 'ownsDepartmentItems') && viewer.departmentIds.length > 0) branches.push({ departmentIds: _.in([...viewer.departmentIds]) });
  return _.or(branches) as Document;
}

/** Statuses whose due day still counts down: everything before 销号 (a reviewer holding it does not stop the clock). */
const COUNTING_DOWN: TaskStatus[] = ['not_started', 'in_progress', 'pending_review', 'pending_signoff'];

/**
 * isOverdue (core/tasks/deadline) as a query: a due day before today in Beijing and not yet 销号, or a 长期坚持
 * item whose consolidation report is past due. `$lt` on a string never matches null, so undated items stay out.
 */
export function overdueCondition(_: Command, today: string): Document {
  return _.or([
    { status: _.in(COUNTING_DOWN), dueDate: _.lt(today) },
    { status: 'long_term', nextReviewDue: _.lt(today) },
  ]) as Document;
}

const STARTED_NOT_DONE: TaskStatus[] = ['in_progress', 'pending_review', 'pending_signoff'];

/** countKeysOf (core/figures) as a query: the items one figure counts on `today`; tests check it item by item. */
export function figureCondition(_: Command, figure: CountKey, today: string): Document | null {
  switch (figure) {
    case 'total':
      return null;
    case 'done':
      return { status: _.in(['closed', 'long_term']) } as Document;
    case 'inProgress':
      return { status: _.in(STARTED_NOT_DONE) } as Document;
    case 'pendingClosure':
      return { status: _.in(['pending_review', 'pending_signoff']) } as Document;
    case 'notStarted':
      return { status: 'not_started' };
    case 'overdue':
      return { status: _.in(COUNTING_DOWN), dueDate: _.lt(today) } as Document;
    case 'longTerm':
      return { status: 'long_term' };
    case 'consolidationOverdue':
      return { status: 'long_term', nextReviewDue: _.lt(today) } as Document;
  }
}

/** The plan's own 问题: 举一反三 items (which carry parentTaskId) are counted apart from them. */
export function planItemCondition(_: Command): Document {
  return { parentTaskId: _.exists(false) } as Document;
}

/** The 举一反三 items: found while fixing a 问题, tracked as items of their own. */
function followUpCondition(_: Command): Document {
  return { parentTaskId: _.exists(true) } as Document;
}

/**
 * Every filter but status, which the counts per status leave out (see ListTasksOutput.counts), with the filter's plan
 * as resolvePlanScope (server/plans/plan-scope) decided it: the plan's 问题, as 统计 counts them, or with `followUps`
 * the 举一反三 items.
 */
export function filterConditions(_: Command, viewer: TaskViewer, filter: Omit<TaskFilter, 'planId'>, today: string, scope: PlanScope): Document[] {
  return [...scopeConditions(_, viewer, filter, today, scope), filter.followUps ? followUpCondition(_) : planItemCondition(_)];
}

/** filterConditions without the choice between 问题 and 举一反三 items: 我的事项 counts both kinds under it. */
export function scopeConditions(_: Command, viewer: TaskViewer, filter: Omit<TaskFilter, 'planId'>, today: string, scope: PlanScope): Document[] {
  const conditions: Document[] = [planCondition(_, scope)];
  const visible = visibilityCondition(_, viewer);
  if (visible) conditions.push(visible);
  const fields: Document = {};
  if (filter.aspectIndex !== undefined) fields.aspectIndex = filter.aspectIndex;
  if (filter.departmentId !== undefined) fields.departmentIds = filter.departmentId;
  if (filter.leaderId !== undefined) fields.leaderId = filter.leaderId;
  if (Object.keys(fields).length > 0) conditions.push(fields);
  if (filter.overdueOnly) conditions.push(overdueCondition(_, today));
  const figure = filter.figure ? figureCondition(_, filter.figure, today) : null;
  if (figure) conditions.push(figure);
  return conditions;
}

