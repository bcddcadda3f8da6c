import type { TaskDocument } from './task-documents';

/** Items without a due day sort after every dated one. */
export const NO_DUE_DAY = '9999-12-31';

/**
 * The list order and cursor: by deadline, then plan, then plan order. Fixed width, so string order is that order. A
 * 举一反三 item shares its parent's place in the plan, so its own id follows to keep the key unique.
 */
export function sortKeyOf(task: { dueDate: string | null; planId: string; seq: number; _id?: string; parentTaskId?: string }): string {
  const key = `${task.dueDate ?? NO_DUE_DAY}|${task.planId}|${String(task.seq).padStart(5, '0')}`;
  return task.parentTaskId && task._id ? `${key}|${task._id}` : key;
}

/**
 * The item's attachments after a post, an edit or an application: one entry per attachment, so that a file
 * dropped from one post but still attached elsewhere stays counted; the count is of distinct files.
 */
export function attachments(current: readonly string[] | undefined, added: readonly string[], removed: readonly string[] = []): { evidenceFiles: string[]; evidenceCount: number } {
  const files = [...(current ?? [])];
  for (const fileID of removed) {
    const at = files.indexOf(fileID);
    if (at >= 0) files.splice(at, 1);
  }
  files.push(...added);
  return { evidenceFiles: files, evidenceCount: new Set(files).size };
}

type TrackingFields = Pick<
  TaskDocument,
  | 'sortKey'
  | 'latestProgressAt'
  | 'closure'
  | 'pendingExtension'
  | 'extensions'
  | 'returnRequirement'
  | 'nextReviewDue'
  | 'createdById'
  | 'extensionCount'
  | 'evidenceCount'
  | 'evidenceFiles'
  | 'progressCount'
  | 'closedAt'
  | 'version'
>;

/** What a freshly imported item carries besides the plan's own fields. */
export function initialTracking(task: Parameters<typeof sortKeyOf>[0], createdById: string): TrackingFields {
  return {
    sortKey: sortKeyOf(task),
    latestProgressAt: null,
    closure: null,
    pendingExtension: null,
    extensions: [],
    returnRequirement: null,
    nextReviewDue: null,
    createdById,
    extensionCount: 0,
    evidenceCount: 0,
    evidenceFiles: [],
    progressCount: 0,
    closedAt: null,
    version: 1,
  };
}
