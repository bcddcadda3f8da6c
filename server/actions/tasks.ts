import { EDIT_PROGRESS_MINUTES, TASK_PAGE_SIZE } from '../../core/actions/tasks';
import type { ListTasksOutput } from '../../core/actions/tasks';
import { AppError } from '../../core/errors';
import { maySeeTask } from '../../core/tasks/access';
import { nextReviewDueAfterReport } from '../../core/tasks/deadline';
import { TASK_STATUSES } from '../../core/tasks/status';
import type { TaskStatus } from '../../core/tasks/status';
import { mayAssign, mayDecideExtension, mayMarkMeasures, mayRequestExtension, nextStatus } from '../../core/tasks/workflow';
import { beijingDay } from '../../core/time';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { COLLECTIONS } from '../db/collections';
import { allOf, decodeCursor, pageOf } from '../db/paging';
import { getInTransaction } from '../db/transaction';
import type { ExtensionRecord } from '../tasks/task-documents';
import type { Document } from '../platform/database-types';
import { findDepartmentsByIds } from '../roster/department-repository';
import { findMembersByIds } from '../roster/member-repository';
import { attachments, sortKeyOf } from '../tasks/task-fields';
import { filterConditions, scopeConditions } from '../tasks/task-query';
import { resolvePlanScope } from '../plans/plan-scope';
import { countTasksByStatus, findProgress, findTask, findTaskPage } from '../tasks/task-repository';
import type { ProgressDocument } from '../tasks/task-repository';
import { taskSettings, taskView, toListItem, viewerOf } from '../tasks/task-view';
import { setTaskInternal } from '../tasks/task-internal';
import { writeTask } from '../tasks/task-write';
import { extensionDecided } from '../tasks/task-decisions';
import { tellDecision } from '../reminders/decision-notices';
import { describeCaller } from './auth';
import type { AssignmentSnapshot } from '../tasks/timeline';
import { can } from '../../core/capabilities';

/**
 * 我的事项: the caller's visible items under the filter, by deadline, a page at a time. Its own cost is two
 * round trips at most, in parallel — the page (where … orderBy sortKey, limit 21) and, on a first page, the
 * counts (one $match + $group) — whatever the number of items; one read of the plans before them when the filter
 * leaves the plan out (the current plan is the default).
 */
export const listTasks: ActionHandler<'tasks.list'> = async (input, context) => {
  const member = requireMember(context);
  const _ = context.db.command;
  const now = context.now();
  const scope = await resolvePlanScope(context.db, input.filter.planId);
  const viewer = viewerOf(member);
  const today = beijingDay(now);
  const pageConditions: Document[] = filterConditions(_, viewer, input.filter, today, scope);
  if (input.filter.status) pageConditions.push({ status: input.filter.status });
  if (input.cursor !== null) pageConditions.push({ sortKey: _.gt(decodeCursor(input.cursor)) });

  // One row more than a page tells whether another page follows, without counting.
  const [rows, counted, me] = await Promise.all([
    findTaskPage(context.db, allOf(_, pageConditions), TASK_PAGE_SIZE + 1),
    input.withCounts ? countTasksByStatus(context.db, allOf(_, scopeConditions(_, viewer, input.filter, today, scope))) : Promise.resolve(null),
    input.withMe ? describeCaller(context) : Promise.resolve(null),
  ]);
  const page = pageOf(rows, TASK_PAGE_SIZE);
  const settings = taskSettings(context.env);
  const counts: ListTasksOutput['counts'] = counted
    ? (Object.fromEntries(TASK_STATUSES.map((status) => [status, counted.problems[status] ?? 0])) as Record<TaskStatus, number>)
    : null;
  return {
    items: page.items.map((task) => toListItem(task, now, settings, viewer)),
    nextCursor: page.nextCursor,
    counts,
    followUpCount: counted ? counted.followUps : null,
    me,
  };
};

/**
 * One item for its page. An id that exists but is not the caller's to see is FORBIDDEN, a missing id
 * TASK_NOT_FOUND: ids are random 32-hex strings, so telling the two apart reveals nothing a guesser could use,
 * and a person following a forwarded link learns the truth (no permission) instead of a false "not found".
 */
export const getTask: ActionHandler<'tasks.get'> = async (input, context) => {
  const member = requireMember(context);
  const task = await findTask(context.db, input.taskId);
  if (!task) throw new AppError('TASK_NOT_FOUND');
  if (!maySeeTask(viewerOf(member), task)) throw new AppError('FORBIDDEN');
  return taskView(context, task, member);
};

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
const distinct = (ids: readonly string[]) => [...new Set(ids)];

/** 责任部门, 责任领导 and named 责任人, set by the office or the secretary; the timeline shows the names before and after. */
export const assignTask: ActionHandler<'tasks.assign'> = async (input, context) => {
  const departmentIds = distinct(input.departmentIds);
  const assigneeIds = distinct(input.assigneeIds);
  const [departments, people] = await Promise.all([
    findDepartmentsByIds(context.db, departmentIds),
    findMembersByIds(context.db, input.leaderId ? [input.leaderId, ...assigneeIds] : assigneeIds),
  ]);
  if (departments.length !== departmentIds.length) throw new AppError('DEPARTMENT_NOT_FOUND');
  const byId = new Map(people.filter((person) => person.active !== false).map((person) => [person._id, person]));
  const leader = input.leaderId ? byId.get(input.leaderId) : null;
  if (leader === undefined || assigneeIds.some((id) => !byId.has(id))) throw new AppError('MEMBER_NOT_FOUND');
  if (leader && !can(leader.roles, 'leadsItems')) throw new AppError('NOT_A_LEADER');
  const departmentName = new Map(departments.map((department) => [department._id, department.name]));

  return writeTask(context, {
    taskId: input.taskId,
    action: 'tasks.assign',
    version: input.version,
    decide: async (task) => {
      if (!mayAssign(task.status)) throw new AppError('INVALID_STATE');
      const departmentsChanged = !sameList(task.departmentIds, departmentIds);
      const leaderChanged = task.leaderId !== input.leaderId;
      const assigneesChanged = !sameList(task.assigneeIds, assigneeIds);
      if (!departmentsChanged && !leaderChanged && !assigneesChanged) return null;
      const previousAssignees = await findMembersByIds(context.db, task.assigneeIds);
      const previousName = new Map(previousAssignees.map((person) => [person._id, person.name]));
      const before: AssignmentSnapshot = {
        departmentIds: task.departmentIds,
        departmentNames: task.departmentNames,
        leaderId: task.leaderId,
        leaderName: task.leaderName,
        assigneeIds: task.assigneeIds,
        assigneeNames: task.assigneeIds.map((id) => previousName.get(id) ?? '未知成员'),
      };
      const after: AssignmentSnapshot = {
        departmentIds,
        // Unchanged departments keep their names as written, including those the roster has no department for.
        departmentNames: departmentsChanged ? departmentIds.map((id) => departmentName.get(id) ?? '') : task.departmentNames,
        leaderId: input.leaderId,
        // Without a confirmed leader the plan's written name stays on show, until a leader is confirmed and removed again.
        leaderName: leader ? leader.name : leaderChanged ? null : task.leaderName,
        assigneeIds,
        assigneeNames: assigneeIds.map((id) => byId.get(id)?.name ?? '未知成员'),
      };
      return {
        set: { departmentIds: after.departmentIds, departmentNames: after.departmentNames, leaderId: after.leaderId, leaderName: after.leaderName, assigneeIds: after.assigneeIds },
        before: { ...before },
        after: { ...after },
      };
    },
  });
};

/** An owner marks one 整改措施 done or not, with a note. */
export const markMeasure: ActionHandler<'tasks.markMeasure'> = async (input, context) =>
  writeTask(context, {
    taskId: input.taskId,
    action: 'tasks.markMeasure',
    decide: async (task) => {
      if (!mayMarkMeasures(task.status)) throw new AppError('INVALID_STATE');
      const index = task.measures.findIndex((measure) => measure.id === input.measureId);
      const measure = task.measures[index];
      if (!measure) throw new AppError('MEASURE_NOT_FOUND');
      if (measure.done === input.done && (measure.note ?? null) === input.note) return null;
      const changed = { ...measure, done: input.done, note: input.note };
      const described = (value: typeof measure) => ({ measureId: value.id, measureNumber: String(index + 1), text: value.text, done: value.done, note: value.note ?? null });
      // Work has started once a measure is done: the item leaves 未开始 without waiting for a 进展 post.
      const status = input.done ? (nextStatus(task.status, { type: 'measureDone' }) ?? task.status) : task.status;
      return {
        set: { measures: task.measures.map((item, at) => (at === index ? changed : item)), status },
        before: described(measure),
        after: described(changed),
      };
    },
  });

/**
 * 进展 with evidence. The first moves 未开始 → 整改中; on a 长期坚持 item it is the quarterly consolidation report
 * and moves the next report's due day on. The item keeps its latest progress day and counts.
 */
export const addProgress: ActionHandler<'tasks.addProgress'> = async (input, context) =>
  writeTask(context, {
    taskId: input.taskId,
    action: 'tasks.addProgress',
    decide: async (task, { transaction, now, today, member, settings, acceptFiles }) => {
      const status = nextStatus(task.status, { type: 'progress' });
      if (!status) throw new AppError('INVALID_STATE');
      const fileIDs = await acceptFiles(input.fileIDs, input.fileNames);
      const post: Omit<ProgressDocument, '_id'> = { taskId: task._id, authorId: member.id, text: input.text, fileIDs, fileNames: input.fileNames ?? null, createdAt: now, editedAt: null };
      const { _id: progressId } = await transaction.collection(COLLECTIONS.progress).add({ data: { ...post } });
      const nextReviewDue = task.status === 'long_term' ? nextReviewDueAfterReport(task.nextReviewDue ?? null, today, settings.reviewMonths) : (task.nextReviewDue ?? null);
      const set = {
        status,
        progressCount: task.progressCount + 1,
        ...attachments(task.evidenceFiles, fileIDs),
        latestProgressAt: now,
        nextReviewDue,
      };
      return {
        set,
        before: { status: task.status, progressCount: task.progressCount, evidenceCount: task.evidenceCount, latestProgressAt: task.latestProgressAt ?? null, nextReviewDue: task.nextReviewDue ?? null },
        after: { status, progressCount: set.progressCount, evidenceCount: set.evidenceCount, latestProgressAt: now, nextReviewDue, progressId, fileIDs },
      };
    },
  });

/** The author corrects a post within EDIT_PROGRESS_MINUTES of posting it. */
export const editProgress: ActionHandler<'tasks.editProgress'> = async (input, context) => {
  const found = await findProgress(context.db, input.progressId);
  if (!found) throw new AppError('PROGRESS_NOT_FOUND');
  return writeTask(context, {
    taskId: found.taskId,
    action: 'tasks.editProgress',
    decide: async (task, { transaction, now, member, acceptFiles }) => {
      const post = await getInTransaction<ProgressDocument>(transaction, COLLECTIONS.progress, input.progressId);
      if (!post) throw new AppError('PROGRESS_NOT_FOUND');
      if (post.authorId !== member.id) throw new AppError('FORBIDDEN', '只能修改自己发布的进展');
      if (now.getTime() - new Date(post.createdAt).getTime() > EDIT_PROGRESS_MINUTES * 60_000) throw new AppError('EDIT_WINDOW_PASSED');
      const fileIDs = await acceptFiles(input.fileIDs, input.fileNames);
      await transaction.collection(COLLECTIONS.progress).doc(post._id).update({ data: { text: input.text, fileIDs, fileNames: input.fileNames ?? null, editedAt: now } });
      return {
        set: attachments(task.evidenceFiles, fileIDs, post.fileIDs),
        before: { progressId: post._id, text: post.text, fileIDs: post.fileIDs },
        after: { progressId: post._id, text: input.text, fileIDs },
      };
    },
  });
};

/** Leaders, the secretary and the office comment; the item itself does not change (no new version). */
export const commentTask: ActionHandler<'tasks.comment'> = async (input, context) =>
  writeTask(context, {
    taskId: input.taskId,
    action: 'tasks.comment',
    decide: async () => ({ set: null, before: null, after: { text: input.text } }),
  });

/** An owner asks for a later due day; one request waits at a time. */
export const requestExtension: ActionHandler<'tasks.requestExtension'> = async (input, context) =>
  writeTask(context, {
    taskId: input.taskId,
    action: 'tasks.requestExtension',
    version: input.version,
    decide: async (task, { now, today, member }) => {
      if (!mayRequestExtension(task.status)) throw new AppError('INVALID_STATE');
      if (task.pendingExtension) throw new AppError('EXTENSION_PENDING');
      if (input.newDate <= today || (task.dueDate !== null && input.newDate <= task.dueDate)) throw new AppError('DATE_NOT_LATER');
      const request = { reason: input.reason, newDate: input.newDate, previousDate: task.dueDate, requestedAt: now, requestedById: member.id };
      return {
        set: { pendingExtension: context.db.command.set(request) },
        before: { pendingExtension: null, dueDate: task.dueDate },
        after: { reason: input.reason, newDate: input.newDate, previousDate: task.dueDate },
      };
    },
  });

/** The secretary grants (the due day moves, the count goes up) or refuses; either way the request joins the history. */
export const decideExtension: ActionHandler<'tasks.decideExtension'> = async (input, context) => {
  let requesterId: string | null = null;
  const written = await writeTask(context, {
    taskId: input.taskId,
    action: 'tasks.decideExtension',
    version: input.version,
    decide: async (task, { now, member }) => {
      const pending = task.pendingExtension;
      if (!pending) throw new AppError('NO_EXTENSION_PENDING');
      // A request left pending while the item was 销号 is moot: the due day of a closed item never moves.
      if (!mayDecideExtension(task.status)) throw new AppError('INVALID_STATE', '事项已销号，不能再延期');
      requesterId = pending.requestedById;
      const record: ExtensionRecord = { ...pending, decision: input.decision, opinion: input.opinion, decidedAt: now, decidedById: member.id };
      const approved = input.decision === 'approve';
      const dueDate = approved ? pending.newDate : task.dueDate;
      const extensionCount = task.extensionCount + (approved ? 1 : 0);
      return {
        set: {
          pendingExtension: null,
          extensions: [...(task.extensions ?? []), record],
          dueDate,
          sortKey: sortKeyOf({ ...task, dueDate }),
          extensionCount,
        },
        before: { dueDate: task.dueDate, extensionCount: task.extensionCount, reason: pending.reason, newDate: pending.newDate },
        after: { decision: input.decision, opinion: input.opinion, dueDate, extensionCount, newDate: pending.newDate },
      };
    },
  });
  if (requesterId) await tellDecision(context, extensionDecided(written.task, requesterId, input.decision, input.opinion, requireMember(context).name));
  return written;
};

/** Keeps an item out of the 公示, or publishes it again (the office decides). */
export const setInternal: ActionHandler<'tasks.setInternal'> = async (input, context) => setTaskInternal(context, requireMember(context).id, input.taskId, input.internal);
