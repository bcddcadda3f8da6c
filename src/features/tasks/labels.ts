import type { TaskStatus } from '../../../core/tasks/status';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import type { TimelineKind } from '../../../core/tasks/model';
import type { StatusTone } from '@/components/StatusTag';
import type { TimelineTone } from '@/components/Timeline';

/** The status tag's colour: grey not started, yellow at work, blue waiting on a reviewer, green done. */
export const STATUS_TONES: Record<TaskStatus, StatusTone> = {
  not_started: 'grey',
  in_progress: 'yellow',
  pending_review: 'blue',
  pending_signoff: 'blue',
  closed: 'green',
  long_term: 'green',
};

export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  imported: '导入整改事项',
  progress: '报送进展',
  comment: '发表意见',
  assign: '调整责任分工',
  measure: '更新整改措施',
  extension_request: '申请延期',
  extension_decision: '审批延期',
  closure_apply: '申请销号',
  closure_review: '审核销号申请',
  closure_signoff: '审定销号',
};

const DECISION_LABELS: Record<string, { label: string; tone: StatusTone }> = {
  pass: { label: '通过', tone: 'green' },
  return: { label: '退回', tone: 'red' },
  approve: { label: '同意', tone: 'green' },
  refuse: { label: '不同意', tone: 'red' },
};

export function decisionLabel(decision: string | null): { label: string; tone: StatusTone } | null {
  return decision ? (DECISION_LABELS[decision] ?? { label: decision, tone: 'grey' }) : null;
}

/** The dot of a timeline entry: green for steps forward, red for returns, blue for requests. */
export function timelineTone(kind: TimelineKind, decision: string | null): TimelineTone {
  if (decision === 'return' || decision === 'refuse') return 'red';
  if (decision === 'pass' || decision === 'approve') return 'green';
  if (kind === 'closure_apply' || kind === 'extension_request') return 'blue';
  if (kind === 'progress') return 'green';
  if (kind === 'comment') return 'yellow';
  return 'grey';
}

/** What the text of an entry is, where it helps to say it (an opinion, a requirement, a reason). */
export function timelineTextLabel(kind: TimelineKind, decision: string | null): string | null {
  if ((kind === 'closure_review' || kind === 'closure_signoff') && decision === 'return') return '补充整改要求';
  if (kind === 'closure_review' || kind === 'closure_signoff' || kind === 'extension_decision') return '意见';
  if (kind === 'extension_request') return '理由';
  if (kind === 'closure_apply') return '整改完成情况';
  return null;
}

/** The deadline badge says nothing the status tag does not (已销号 twice): leave it out then. */
export function showsDeadline(task: { status: TaskStatus; deadlineState: { label: string } }): boolean {
  return task.deadlineState.label !== TASK_STATUS_LABELS[task.status];
}
