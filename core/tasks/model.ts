import type { PlanDeadline } from '../plan';
import type { IsoDay } from '../time';
import type { DeadlineState } from './deadline';
import type { TaskStatus } from './status';

/** One 整改措施 of an item, with its own done mark. */
export interface TaskMeasure {
  id: string;
  text: string;
  done: boolean;
  note: string | null;
  /** The measure's own 责任人 as the plan wrote it, linked to the roster when the office confirmed one. */
  owner?: { id: string | null; name: string };
  /** The measure's own 时限, when the plan gave it one that names a day. */
  dueDate?: string;
}

export interface PersonRef {
  id: string;
  name: string;
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

/** A row of 我的事项: the summary plus what tells a person where it stands. */
export interface TaskListItem extends TaskSummary {
  deadlineState: DeadlineState;
  latestProgressAt: string | null;
  /** What waits for the viewer on it (待您审核, 待您补充整改 …), or null. */
  waiting: string | null;
}

export interface EvidenceFile {
  fileID: string;
  name: string;
  isImage: boolean;
  /** A temporary URL for thumbnails and preview; empty when the file is gone. */
  url: string;
}

/** One decision on a 销号 application: who took it, when, and what they wrote. */
export interface ClosureStep {
  decision: 'pass' | 'return';
  opinion: string;
  at: string;
  by: PersonRef;
}

/** Another item this one links to: a 举一反三 item's parent, or the 举一反三 items found while fixing this one. */
export interface TaskLink {
  id: string;
  title: string;
  status: TaskStatus;
}

export interface TaskDetail extends TaskListItem {
  /** The item whose fixing found this 举一反三 item; null for the plan's own 问题. */
  parent: TaskLink | null;
  /** 举一反三 items found while fixing this one, confirmed by the 责任领导. */
  followUps: TaskLink[];
  manifestations: string[];
  measures: TaskMeasure[];
  target: string | null;
  leader: PersonRef | null;
  departments: PersonRef[];
  assignees: PersonRef[];
  /** The last 补充整改要求 a reviewer returned the item with, until the next application. */
  returnRequirement: string | null;
  /** The latest 销号 application with each step taken on it so far (a return keeps it here, with the return). */
  closure: { summary: string; files: EvidenceFile[]; appliedAt: string; appliedBy: PersonRef; review: ClosureStep | null; signOff: ClosureStep | null } | null;
  pendingExtension: { reason: string; newDate: IsoDay; requestedAt: string; requestedBy: PersonRef } | null;
  extensionCount: number;
  progressCount: number;
  evidenceCount: number;
  closedAt: string | null;
  nextReviewDue: IsoDay | null;
  version: number;
}

export type TimelineKind =
  | 'imported'
  | 'progress'
  | 'comment'
  | 'assign'
  | 'measure'
  | 'extension_request'
  | 'extension_decision'
  | 'closure_apply'
  | 'closure_review'
  | 'closure_signoff';

/** One line of an item's history, newest first; `text` is what a person wrote or what changed, in Chinese. */
export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  at: string;
  actor: PersonRef;
  text: string | null;
  files: EvidenceFile[];
  /** pass/return, approve/refuse, where a decision was taken. */
  decision: string | null;
  /** Progress the author may still edit (10 minutes): its id and until when. */
  editable: { progressId: string; until: string } | null;
}

/** What the caller may do with this item now: the page shows exactly these buttons. */
export interface TaskAbilities {
  progress: boolean;
  markMeasure: boolean;
  comment: boolean;
  assign: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  apply: boolean;
  review: boolean;
  signOff: boolean;
}
