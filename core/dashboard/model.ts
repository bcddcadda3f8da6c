import type { Figures } from '../figures/figures';
import type { OutcomeFigureLine, OutcomeFigures } from '../outcomes/figures';
import type { PlanDeadline } from '../plan';
import type { PlanKind } from '../plans/kinds';
import type { DeadlineColour } from '../tasks/deadline';
import type { TaskStatus } from '../tasks/status';
import type { IsoDay } from '../time';

/** The figures (core/figures) of one 方面, department or 责任领导, or of everything: what the bars draw and the rows print. */
export interface Breakdown extends Figures {
  /** `${planId}:${aspectIndex}` for 方面, the department or member id, '' for "none confirmed". */
  key: string;
  label: string;
  /** 按方面 only: the title of the 方面's plan, so two plans' 方面 of the same title are told apart. */
  plan?: string;
}

/** A plan as a document's heading names it: title, kind and source line. */
export interface PlanHeading {
  id: string;
  title: string;
  kind: PlanKind;
  /** 巡察, 审计… (core/plans/kinds). */
  kindLabel: string;
  /** Empty when the office has not said. */
  source: string;
}

/** A row of the overdue list: enough to recognise the item and open it. */
export interface OverdueItem {
  id: string;
  number: string | null;
  title: string;
  aspectTitle: string;
  leaderName: string | null;
  departmentNames: string[];
  status: TaskStatus;
  /** The day it fell due: the deadline, or the consolidation report's due day for 长期坚持. */
  dueDate: IsoDay;
  daysOverdue: number;
  /** The caller leads it. */
  mine: boolean;
}

export interface MonthCount {
  /** YYYY-MM, a Beijing calendar month. */
  month: string;
  count: number;
}

export interface InterviewFigures {
  /** "2026年上半年" */
  halfYear: string;
  /** Talks held (recorded) in the half-year, unit-wide: the seed's finding was a half-year without any. */
  held: number;
  /** Talks planned in the half-year and not held yet. */
  planned: number;
  /** Chinese warning when nothing was held this half-year. */
  warning: string | null;
  /** Records the caller may see that cannot move on for a missing field or signature (or overdue 整改反馈). */
  incomplete: number;
}

export type DashboardScope = 'unit' | 'own';

export interface DashboardSummary {
  /** When the figures were read, and the Beijing day the colours were decided on. */
  asOf: string;
  today: IsoDay;
  /** `unit`: every item (office, secretary); `own`: the items the caller leads or is named on (a leader). */
  scope: DashboardScope;
  /** The plans the figures cover, in import order: the chosen one, or every plan not archived (全部整改任务). */
  plans: PlanHeading[];
  /** True when the figures cover 全部整改任务 rather than one plan. */
  allPlans: boolean;
  totals: Breakdown;
  byStatus: Record<TaskStatus, number>;
  byColour: Record<DeadlineColour, number>;
  byAspect: Breakdown[];
  byDepartment: Breakdown[];
  /** The caller's own row first when they lead items, then by number of items. */
  byLeader: Breakdown[];
  /** The items the caller leads, when they lead any: shown first. */
  mine: Breakdown | null;
  /** The caller's overdue items first, then the longest overdue; at most OVERDUE_LIST_LIMIT (totals.overdue + consolidationOverdue counts all). */
  overdue: OverdueItem[];
  /** The last DASHBOARD_MONTHS months, oldest first, current month last. */
  progressByMonth: MonthCount[];
  interviews: InterviewFigures;
  /** 制度, 问责, 资金, 举一反三 confirmed on the same items: figures and their lines, each opening outcomes.list of its kind. */
  outcomes: { figures: OutcomeFigures; lines: OutcomeFigureLine[] };
}

export const OVERDUE_LIST_LIMIT = 30;
export const DASHBOARD_MONTHS = 12;

/** One item as the 公示 publishes it: no 具体表现, no names of people, only what a unit puts on its notice board. */
export interface PublicNoticeItem {
  id: string;
  /** 序号 in the notice (1-based, in plan order). */
  seq: number;
  aspectTitle: string;
  number: string | null;
  title: string;
  departmentNames: string[];
  deadline: PlanDeadline;
  dueDate: IsoDay | null;
  status: TaskStatus;
  /** 已完成 / 长期坚持 / 正在整改: the words a published notice uses. */
  publicStatus: string;
  /** The Beijing day of 销号, when done. */
  closedOn: IsoDay | null;
  internal: boolean;
}
