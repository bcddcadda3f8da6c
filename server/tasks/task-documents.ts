import type { PlanDeadline } from '../../core/plan';
import type { TaskMeasure } from '../../core/tasks/model';
import type { TaskStatus } from '../../core/tasks/status';

/** One decision on a 销号 application, as stored. */
export interface ClosureStepRecord {
  decision: 'pass' | 'return';
  opinion: string;
  at: Date;
  byId: string;
}

/** The latest 销号 application and the steps taken on it. */
export interface ClosureRecord {
  summary: string;
  fileIDs: string[];
  fileNames: string[] | null;
  appliedAt: Date;
  appliedById: string;
  review: ClosureStepRecord | null;
  signOff: ClosureStepRecord | null;
}

export interface ExtensionRequestRecord {
  reason: string;
  newDate: string;
  /** The due day the request wanted to move, for the history. */
  previousDate: string | null;
  requestedAt: Date;
  requestedById: string;
}

/** A decided extension request: the 台账 keeps every one, granted or not. */
export interface ExtensionRecord extends ExtensionRequestRecord {
  decision: 'approve' | 'refuse';
  opinion: string;
  decidedAt: Date;
  decidedById: string;
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
  /** Copied from its plan by plans.archive, so 全部整改任务 and the reminder run leave it out without reading plans. */
  planArchived?: boolean;
  /** A 举一反三 item: the item whose fixing found it. Only child items carry the field; the plan's 问题 lack it. */
  parentTaskId?: string;
  /** The 举一反三 items found while fixing this one, in the order they were confirmed. */
  followUpTaskIds?: string[];
  extensionCount: number;
  /** Distinct evidence files attached to the item (a photo posted and then put in the 销号 application counts once). */
  evidenceCount: number;
  /** One entry per attachment (progress posts and 销号 applications): what evidenceCount is counted from. */
  evidenceFiles: string[];
  progressCount: number;
  closedAt: Date | null;
  /** `<dueDate or 9999-12-31>|<planId>|<seq, 5 digits>`: the list's order and its cursor; unique, so paging never skips. */
  sortKey: string;
  latestProgressAt: Date | null;
  closure: ClosureRecord | null;
  pendingExtension: ExtensionRequestRecord | null;
  extensions: ExtensionRecord[];
  /** The last 补充整改要求 a reviewer returned the item with; cleared by the next application. */
  returnRequirement: string | null;
  /** 长期坚持 items: the next quarterly consolidation report's due day. */
  nextReviewDue: string | null;
  /** Who imported the item: the actor of its first timeline line. */
  createdById: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
