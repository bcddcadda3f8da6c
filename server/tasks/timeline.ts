import { EDIT_PROGRESS_MINUTES } from '../../core/actions/tasks';
import type { PersonRef, TimelineEntry, TimelineKind } from '../../core/tasks/model';
import { chineseDate } from '../../core/time';
import type { TaskDocument } from './task-documents';
import { evidenceFiles } from './evidence-files';
import type { AuditDocument, ProgressDocument } from './task-repository';

/** What each task action writes into its audit entry's before/after, for the timeline to read back. */
export interface AssignmentSnapshot {
  departmentIds: string[];
  departmentNames: string[];
  leaderId: string | null;
  leaderName: string | null;
  assigneeIds: string[];
  assigneeNames: string[];
}

const KIND_BY_ACTION: Record<string, TimelineKind> = {
  'tasks.assign': 'assign',
  'tasks.markMeasure': 'measure',
  'tasks.comment': 'comment',
  'tasks.requestExtension': 'extension_request',
  'tasks.decideExtension': 'extension_decision',
  'closure.apply': 'closure_apply',
  'closure.review': 'closure_review',
  'closure.signOff': 'closure_signoff',
};

type Values = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const listed = (names: string[], none: string) => (names.length > 0 ? names.join('、') : none);

function assignmentText(before: Values, after: Values): string {
  const parts: string[] = [];
  const departments = [strings(before.departmentNames), strings(after.departmentNames)];
  if (listed(departments[0] ?? [], '') !== listed(departments[1] ?? [], '')) parts.push(`责任部门：${listed(departments[0] ?? [], '无')} → ${listed(departments[1] ?? [], '无')}`);
  if ((before.leaderId ?? null) !== (after.leaderId ?? null) || (before.leaderName ?? null) !== (after.leaderName ?? null)) {
    parts.push(`责任领导：${str(before.leaderName) ?? '未定'} → ${str(after.leaderName) ?? '未定'}`);
  }
  const assignees = [strings(before.assigneeNames), strings(after.assigneeNames)];
  if (listed(assignees[0] ?? [], '') !== listed(assignees[1] ?? [], '')) parts.push(`责任人：${listed(assignees[0] ?? [], '无')} → ${listed(assignees[1] ?? [], '无')}`);
  return parts.join('；');
}

function measureText(after: Values): string {
  const label = `措施${str(after.measureNumber) ?? ''}「${str(after.text) ?? ''}」${after.done ? '标记为已完成' : '标记为未完成'}`;
  return str(after.note) ? `${label}：${str(after.note)}` : label;
}

/** A person's words first, then what changed, as the timeline shows it; null when there is nothing to read. */
function entryText(kind: TimelineKind, before: Values, after: Values): string | null {
  switch (kind) {
    case 'assign':
      return assignmentText(before, after);
    case 'measure':
      return measureText(after);
    case 'extension_request':
      return `${str(after.reason) ?? ''}（申请延期至${chineseDate(String(after.newDate))}${str(after.previousDate) ? `，原时限${chineseDate(String(after.previousDate))}` : ''}）`;
    case 'extension_decision': {
      const opinion = str(after.opinion);
      if (after.decision !== 'approve') return opinion;
      const moved = `同意延期至${chineseDate(String(after.dueDate))}`;
      return opinion ? `${opinion}（${moved}）` : moved;
    }
    case 'comment':
      return str(after.text);
    case 'closure_apply':
      return str(after.summary);
    default:
      return str(after.opinion);
  }
}

export interface TimelineInput {
  task: TaskDocument;
  audit: AuditDocument[];
  progress: ProgressDocument[];
  viewerId: string;
  mayEditProgress: boolean;
  now: Date;
  person: (id: string | null) => PersonRef;
  urls: ReadonlyMap<string, string>;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** One history, newest first: progress posts, every recorded change, and the import the item began with. */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const post of input.progress) {
    const until = new Date(new Date(post.createdAt).getTime() + EDIT_PROGRESS_MINUTES * 60_000);
    const editable = input.mayEditProgress && post.authorId === input.viewerId && input.now < until;
    entries.push({
      id: post._id,
      kind: 'progress',
      at: iso(post.createdAt),
      actor: input.person(post.authorId),
      text: post.text,
      files: evidenceFiles(post.fileIDs, post.fileNames, input.urls),
      decision: null,
      editable: editable ? { progressId: post._id, until: until.toISOString() } : null,
    });
  }
  for (const entry of input.audit) {
    const kind = KIND_BY_ACTION[entry.action];
    if (!kind) continue;
    const before = entry.before ?? {};
    const after = entry.after ?? {};
    entries.push({
      id: entry._id,
      kind,
      at: iso(entry.at),
      actor: input.person(entry.actorId),
      text: entryText(kind, before, after),
      files: kind === 'closure_apply' ? evidenceFiles(strings(after.fileIDs), strings(after.fileNames), input.urls) : [],
      decision: str(after.decision),
      editable: null,
    });
  }
  entries.push({
    id: `${input.task._id}-imported`,
    kind: 'imported',
    at: iso(input.task.createdAt),
    actor: input.person(input.task.createdById ?? null),
    text: input.task.number ? `${input.task.aspectTitle} · ${input.task.number}` : input.task.aspectTitle,
    files: [],
    decision: null,
    editable: null,
  });
  // Newest first; the import is always last, however close in time the first step followed it.
  return entries.sort((a, b) => (a.kind === 'imported' ? 1 : b.kind === 'imported' ? -1 : b.at.localeCompare(a.at)));
}

/** Every fileID a timeline will show, for one batch of temporary URLs. */
export function timelineFileIDs(audit: AuditDocument[], progress: ProgressDocument[]): string[] {
  const fromAudit = audit.filter((entry) => entry.action === 'closure.apply').flatMap((entry) => strings(entry.after?.fileIDs));
  return [...progress.flatMap((post) => post.fileIDs), ...fromAudit];
}
