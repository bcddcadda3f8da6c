import type { GetTaskOutput } from '../../../core/actions/tasks';

/**
 * The items this session has open, as the last answer showed them. Every write answers the fresh item, so a
 * form puts it here and the detail page redraws from it on return without asking again; forms read the
 * `version` they must send from here. Lists learn that something changed through `listStale`.
 */
const items = new Map<string, GetTaskOutput>();
let listStale = false;

export function rememberTask(output: GetTaskOutput): void {
  items.set(output.task.id, output);
}

/** A write changed the item: remember it, and let the list refetch when it shows again. */
export function taskChanged(output: GetTaskOutput): void {
  rememberTask(output);
  listStale = true;
}

export function knownTask(taskId: string): GetTaskOutput | undefined {
  return items.get(taskId);
}

export function forgetTask(taskId: string): void {
  items.delete(taskId);
  listStale = true;
}

/** True once after any write: the list page uses it to refetch on show. */
export function takeListStale(): boolean {
  const stale = listStale;
  listStale = false;
  return stale;
}
