import type { GetTaskOutput } from '../../core/actions/tasks';
import { taskAbilities, waitingFor } from '../../core/tasks/abilities';
import { maySeeInterview } from '../../core/interviews/access';
import { findInterviewsForTask } from '../interviews/interview-repository';
import { mayActOnTask } from '../../core/tasks/access';
import type { TaskViewer } from '../../core/tasks/access';
import { DEFAULT_DUE_SOON_DAYS, DEFAULT_REVIEW_MONTHS, deadlineState } from '../../core/tasks/deadline';
import type { ClosureStep, PersonRef, TaskDetail, TaskListItem } from '../../core/tasks/model';
import type { ActionContext, CurrentMember } from '../api/context';
import type { ClosureStepRecord, TaskDocument } from './task-documents';
import { toTaskSummary } from '../plans/plan-repository';
import { temporaryUrls } from '../platform/storage';
import { findDepartmentsByIds } from '../roster/department-repository';
import { findMembersByIds } from '../roster/member-repository';
import { evidenceFiles } from './evidence-files';
import { findLinkedTasks, listProgress, listTaskAudit } from './task-repository';
import type { TaskListDocument } from './task-repository';
import { buildTimeline, timelineFileIDs } from './timeline';

/** The unit's tunables, from the api function's environment variables (console → 云函数 → 环境变量). */
export interface TaskSettings {
  /** 三色预警: yellow this many days before the due day (DUE_SOON_DAYS, default 7). */
  dueSoonDays: number;
  /** 长期坚持: months between consolidation reports (LONG_TERM_REVIEW_MONTHS, default 3). */
  reviewMonths: number;
}

function positiveInteger(value: string | undefined, fallback: number, max: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 && parsed <= max ? parsed : fallback;
}

export function taskSettings(env: ActionContext['env']): TaskSettings {
  return {
    dueSoonDays: positiveInteger(env.DUE_SOON_DAYS, DEFAULT_DUE_SOON_DAYS, 60),
    reviewMonths: positiveInteger(env.LONG_TERM_REVIEW_MONTHS, DEFAULT_REVIEW_MONTHS, 12),
  };
}

export function viewerOf(member: CurrentMember): TaskViewer {
  return { id: member.id, roles: member.roles, departmentIds: member.departmentIds };
}

const iso = (value: Date | string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

export function toListItem(task: TaskListDocument, now: Date, settings: TaskSettings, viewer: TaskViewer): TaskListItem {
  return {
    ...toTaskSummary(task),
    deadlineState: deadlineState({ status: task.status, dueDate: task.dueDate, nextReviewDue: task.nextReviewDue ?? null }, now, settings.dueSoonDays),
    latestProgressAt: iso(task.latestProgressAt),
    waiting: waitingFor(viewer, { ...task, hasPendingExtension: Boolean(task.pendingExtension), returnRequirement: task.returnRequirement ?? null }),
  };
}

/** Everyone an item's page names: its leader, owners and everyone who acted on it. */
function peopleOf(task: TaskDocument): (string | null)[] {
  return [
    task.leaderId,
    ...task.assigneeIds,
    task.createdById ?? null,
    task.closure?.appliedById ?? null,
    task.closure?.review?.byId ?? null,
    task.closure?.signOff?.byId ?? null,
    task.pendingExtension?.requestedById ?? null,
  ];
}

/**
 * The item as its page shows it, for `viewer`: names resolved, deadline colour, evidence with temporary URLs,
 * the timeline and the buttons. Reads: departments, progress and audit together, then members and URLs together.
 */
export async function taskView(context: ActionContext, task: TaskDocument, member: CurrentMember): Promise<GetTaskOutput> {
  const now = context.now();
  const settings = taskSettings(context.env);
  const viewer = viewerOf(member);
  const [departments, progress, audit, links] = await Promise.all([
    findDepartmentsByIds(context.db, task.departmentIds),
    listProgress(context.db, task._id),
    listTaskAudit(context.db, task._id),
    findLinkedTasks(context.db, [...(task.parentTaskId ? [task.parentTaskId] : []), ...(task.followUpTaskIds ?? [])]),
  ]);
  const memberIds = [...peopleOf(task), ...progress.map((post) => post.authorId), ...audit.map((entry) => entry.actorId)].filter((id): id is string => Boolean(id));
  const fileIDs = [...(task.closure?.fileIDs ?? []), ...timelineFileIDs(audit, progress)];
  const [members, urls] = await Promise.all([findMembersByIds(context.db, memberIds), fileIDs.length > 0 ? temporaryUrls(fileIDs) : Promise.resolve(new Map<string, string>())]);

  const names = new Map(members.map((document) => [document._id, document.name]));
  const person = (id: string | null): PersonRef => (id ? { id, name: names.get(id) ?? '未知成员' } : { id: '', name: '系统' });
  const departmentNames = new Map(departments.map((department) => [department._id, department.name]));
  const step = (record: ClosureStepRecord | null): ClosureStep | null =>
    record ? { decision: record.decision, opinion: record.opinion, at: new Date(record.at).toISOString(), by: person(record.byId) } : null;

  const detail: TaskDetail = {
    ...toListItem(task, now, settings, viewer),
    manifestations: task.manifestations,
    measures: task.measures,
    target: task.target,
    leader: task.leaderId ? person(task.leaderId) : null,
    departments: task.departmentIds.map((id) => ({ id, name: departmentNames.get(id) ?? '已删除部门' })),
    assignees: task.assigneeIds.map(person),
    returnRequirement: task.returnRequirement ?? null,
    closure: task.closure
      ? {
          summary: task.closure.summary,
          files: evidenceFiles(task.closure.fileIDs, task.closure.fileNames, urls),
          appliedAt: new Date(task.closure.appliedAt).toISOString(),
          appliedBy: person(task.closure.appliedById),
          review: step(task.closure.review),
          signOff: step(task.closure.signOff),
        }
      : null,
    pendingExtension: task.pendingExtension
      ? {
          reason: task.pendingExtension.reason,
          newDate: task.pendingExtension.newDate,
          requestedAt: new Date(task.pendingExtension.requestedAt).toISOString(),
          requestedBy: person(task.pendingExtension.requestedById),
        }
      : null,
    extensionCount: task.extensionCount,
    progressCount: task.progressCount,
    evidenceCount: task.evidenceCount,
    closedAt: iso(task.closedAt),
    nextReviewDue: task.nextReviewDue ?? null,
    version: task.version,
    parent: task.parentTaskId ? (links.get(task.parentTaskId) ?? null) : null,
    followUps: (task.followUpTaskIds ?? []).flatMap((id) => links.get(id) ?? []),
  };
  const timeline = buildTimeline({
    task,
    audit,
    progress,
    viewerId: member.id,
    mayEditProgress: mayActOnTask('tasks.editProgress', viewer, task),
    now,
    person,
    urls,
  });
  const closureActors = task.closure ? { appliedById: task.closure.appliedById, reviewedById: task.closure.review?.byId ?? null } : null;
  const can = taskAbilities(viewer, { ...task, hasPendingExtension: task.pendingExtension !== null && task.pendingExtension !== undefined, closureActors });
  const interviews = (await findInterviewsForTask(context.db, task._id))
    .filter((doc) => maySeeInterview(viewer, doc))
    .map((doc) => ({ id: doc._id, kind: doc.kind, state: doc.state, plannedAt: iso(doc.plannedAt), heldAt: iso(doc.record?.heldAt ?? null) }));
  return { task: detail, timeline, can, interviews };
}
