// Pages of the tasks subpackage. The tab page links to them, so the paths live here rather than in the subpackage.
const ROOT = '/packages/tasks';

export const TASK_PAGES = {
  detail: `${ROOT}/detail/index`,
  progress: `${ROOT}/progress/index`,
  closure: `${ROOT}/closure/index`,
  review: `${ROOT}/review/index`,
  extension: `${ROOT}/extension/index`,
  decideExtension: `${ROOT}/extension-decide/index`,
  assign: `${ROOT}/assign/index`,
  comment: `${ROOT}/comment/index`,
  outcome: `${ROOT}/outcome/index`,
} as const;

export type TaskPage = keyof typeof TASK_PAGES;

export function taskPageUrl(page: TaskPage, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${TASK_PAGES[page]}?${query}` : TASK_PAGES[page];
}
