import type { PlanDeadline } from '../plan';
import type { IsoDay } from '../time';
import type { TaskStatus } from './status';

/** One 整改措施 of an item, with its own done mark. */
export interface TaskMeasure {
  id: string;
  text: string;
  done: boolean;
  note: string | null;
}

/** An item as lists show it. */
export interface TaskSummary {
  id: string;
  planId: string;
  seq: number;
  number: string | null;
  title: string;
  aspectTitle: string;
  departmentNames: string[];
  leaderName: string | null;
  status: TaskStatus;
  dueDate: IsoDay | null;
  deadline: PlanDeadline;
}
