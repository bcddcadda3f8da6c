import type { Emulator } from '../../emulator';
import { DEFAULT_DUE_SOON_DAYS, deadlineState } from '../../core/tasks/deadline';
import type { TaskViewer } from '../../core/tasks/access';
import { maySeeTask } from '../../core/tasks/access';
import { isDone } from '../../core/tasks/status';
import type { TaskStatus } from '../../core/tasks/status';
import { collectionSnapshot, sdkDatabase } from './local-cloud';
import { PERSON_SPECS, planInput } from './task-fixture';
import type { ItemSpec, PersonKey, Unit } from './task-fixture';
import { expectOk } from './local-cloud';
import { OFFICE_OPENID } from './roster-fixture';
import { testNow } from './test-clock';

/** An item as stored, with what the dashboard reads. */
export interface StoredTask {
  _id: string;
  planId: string;
  seq: number;
  aspectIndex: number;
  aspectTitle: string;
  title: string;
  leaderId: string | null;
  departmentIds: string[];
  assigneeIds: string[];
  status: TaskStatus;
  dueDate: string | null;
  nextReviewDue: string | null;
  internal?: boolean;
}

export async function storedTasks(cloud: Emulator): Promise<StoredTask[]> {
  return (await collectionSnapshot(cloud, 'tasks')) as StoredTask[];
}

export function viewerOf(unit: Unit, person: PersonKey): TaskViewer {
  const spec = PERSON_SPECS[person];
  return { id: unit.people[person].id, roles: [...spec.roles], departmentIds: spec.departments.map((name) => unit.departments[name] as string) };
}

/** What a person sees, by the rule in core (maySeeTask), not by the query under test. */
export function visibleTo(tasks: StoredTask[], viewer: TaskViewer): StoredTask[] {
  return tasks.filter((task) => maySeeTask(viewer, task));
}

export function colourOf(task: StoredTask, now = testNow()) {
  return deadlineState({ status: task.status, dueDate: task.dueDate, nextReviewDue: task.nextReviewDue ?? null }, now, DEFAULT_DUE_SOON_DAYS).colour;
}

/** done / overdue / in progress of a set of items, the dashboard's definition written out again for the test. */
export function tally(tasks: StoredTask[], now = testNow()) {
  const count = (test: (task: StoredTask) => boolean) => tasks.filter(test).length;
  return {
    total: tasks.length,
    done: count((task) => isDone(task.status)),
    inProgress: count((task) => ['in_progress', 'pending_review', 'pending_signoff'].includes(task.status)),
    notStarted: count((task) => task.status === 'not_started'),
    overdue: count((task) => !isDone(task.status) && colourOf(task, now) === 'red'),
    consolidationOverdue: count((task) => task.status === 'long_term' && colourOf(task, now) === 'red'),
  };
}

/**
 * `count` items as several plans of at most 1000 each (an aspect holds at most 500 problems), imported through
 * plans.import as the office. Answers the plan ids.
 */
export async function importMany(cloud: Emulator, unit: Unit, items: ItemSpec[], perPlan = 1000): Promise<string[]> {
  const planIds: string[] = [];
  const aspects = ['（一）制度建设方面', '（二）作风建设方面', '（三）工作落实方面', '（四）队伍建设方面'];
  for (let start = 0; start < items.length; start += perPlan) {
    const input = planInput(unit, items.slice(start, start + perPlan), aspects);
    const { planId } = await expectOk(cloud, OFFICE_OPENID, 'plans.import', input);
    planIds.push(planId);
  }
  return planIds;
}

/** Progress posts written straight into the collection at the given instants (the action stamps "now"). */
export async function addPosts(cloud: Emulator, posts: { taskId: string; at: Date; text?: string; authorId?: string }[]): Promise<void> {
  const progress = sdkDatabase(cloud).collection('progress');
  for (const post of posts) {
    await progress.add({ data: { taskId: post.taskId, authorId: post.authorId ?? 'someone', text: post.text ?? '本月进展', fileIDs: [], fileNames: null, createdAt: post.at, editedAt: null } });
  }
}
