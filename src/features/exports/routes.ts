import type { TaskFilter } from '../../../core/actions/tasks';
import { TASK_STATUSES } from '../../../core/tasks/status';
import type { TaskStatus } from '../../../core/tasks/status';

// Pages of the reports subpackage. The 统计 tab links to them, so the paths live here rather than in the subpackage.
const ROOT = '/packages/reports';

export const REPORT_PAGES = {
  exports: `${ROOT}/exports/index`,
  notice: `${ROOT}/notice/index`,
  situation: `${ROOT}/situation/index`,
  rules: `${ROOT}/rules/index`,
} as const;

/** The list's filter as page parameters, so 导出台账 exports what the 统计 tab was showing; `label` says it in words. */
export function exportsPageUrl(filter: TaskFilter, label = ''): string {
  const params: string[] = label ? [`label=${encodeURIComponent(label)}`] : [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    params.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return params.length > 0 ? `${REPORT_PAGES.exports}?${params.join('&')}` : REPORT_PAGES.exports;
}

/** Back from page parameters; anything malformed is dropped (the server checks the filter again anyway). */
export function filterFromParams(params: Record<string, string | undefined>): TaskFilter {
  const filter: TaskFilter = {};
  const text = (key: string) => (params[key] ? decodeURIComponent(params[key] as string) : undefined);
  const status = text('status');
  if (status && (TASK_STATUSES as readonly string[]).includes(status)) filter.status = status as TaskStatus;
  const planId = text('planId');
  const aspectIndex = Number(text('aspectIndex'));
  if (planId) filter.planId = planId;
  if (planId && Number.isInteger(aspectIndex)) filter.aspectIndex = aspectIndex;
  const departmentId = text('departmentId');
  if (departmentId) filter.departmentId = departmentId;
  const leaderId = text('leaderId');
  if (leaderId) filter.leaderId = leaderId;
  if (text('overdueOnly') === 'true') filter.overdueOnly = true;
  return filter;
}
