import type { ReportItemFigures } from '../../core/actions/reports';
import { percent } from '../../core/dashboard/rollup';
import { isDone } from '../../core/tasks/status';
import type { TaskStatus } from '../../core/tasks/status';
import type { IsoDay } from '../../core/time';

/**
 * The item figures of the 整改情况报告's 总体情况, in one place: when the unit-wide figures module (总数/已完成整改/
 * 正在整改/尚未启动/超期未完成/完成率) lands in core, this function becomes a call to it.
 */
export function reportItemFigures(items: readonly { status: TaskStatus; dueDate: IsoDay | null }[], at: IsoDay): ReportItemFigures {
  const done = items.filter((item) => isDone(item.status)).length;
  const notStarted = items.filter((item) => item.status === 'not_started').length;
  return {
    total: items.length,
    done,
    inProgress: items.length - done - notStarted,
    notStarted,
    overdue: items.filter((item) => !isDone(item.status) && item.dueDate !== null && item.dueDate < at).length,
    longTerm: items.filter((item) => item.status === 'long_term').length,
    rate: percent(done, items.length),
  };
}
