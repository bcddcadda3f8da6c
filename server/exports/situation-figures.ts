import type { ReportItemFigures } from '../../core/actions/reports';
import { figuresOf } from '../../core/figures/figures';
import type { TaskStatus } from '../../core/tasks/status';
import type { IsoDay } from '../../core/time';

/** The item figures of the 整改情况报告's 总体情况: the unit-wide figures (core/figures) as they stood at the report's day. */
export function reportItemFigures(items: readonly { status: TaskStatus; dueDate: IsoDay | null; nextReviewDue?: IsoDay | null }[], at: IsoDay): ReportItemFigures {
  // The figures stand at the end of the report's Beijing day.
  const figures = figuresOf(items.map((item) => ({ status: item.status, dueDate: item.dueDate, nextReviewDue: item.nextReviewDue ?? null })), new Date(`${at}T23:59:59.999+08:00`));
  return { total: figures.total, done: figures.done, inProgress: figures.inProgress, notStarted: figures.notStarted, overdue: figures.overdue, longTerm: figures.longTerm, rate: figures.rate };
}
