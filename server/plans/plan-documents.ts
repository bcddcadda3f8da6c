import type { PlanDeadline } from '../../core/plan';
import type { TaskMeasure } from '../../core/tasks/model';
import type { TaskStatus } from '../../core/tasks/status';

export interface PlanDocument {
  _id: string;
  title: string;
  planDate: string;
  aspectTitles: string[];
  taskCount: number;
  importedAt: Date;
  importedById: string;
  importedByName: string;
}

/** A tracked item: one 问题 of the plan with its owners, deadline and progress state. */
export interface TaskDocument {
  _id: string;
  planId: string;
  seq: number;
  aspectIndex: number;
  aspectTitle: string;
  number: string | null;
  title: string;
  manifestations: string[];
  measures: TaskMeasure[];
  target: string | null;
  /** As written in the plan; the id links it to the roster when the office confirmed one. */
  leaderName: string | null;
  leaderId: string | null;
  departmentNames: string[];
  departmentIds: string[];
  assigneeIds: string[];
  deadline: PlanDeadline;
  dueDate: string | null;
  status: TaskStatus;
  internal: boolean;
  extensionCount: number;
  evidenceCount: number;
  progressCount: number;
  closedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
