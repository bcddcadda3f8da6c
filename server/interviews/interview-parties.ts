import { interviewStepTakenBy } from '../../core/duties';
import { AppError } from '../../core/errors';
import type { ParsedActionInput } from '../../core/actions';
import { interviewViewerIds } from '../../core/interviews/access';
import { interviewerSlot } from '../../core/interviews/fields';
import type { InterviewSource } from '../../core/interviews/model';
import { maySeeTask } from '../../core/tasks/access';
import { COLLECTIONS } from '../db/collections';
import type { Database } from '../platform/database-types';
import type { MemberDocument } from '../roster/member-documents';
import type { TaskDocument } from '../tasks/task-documents';
import type { CurrentMember } from '../api/context';
import type { PartySnapshot, SlotEntry } from './interview-documents';
import { can } from '../../core/capabilities';

type ProposalInput = Omit<ParsedActionInput<'interviews.propose'>, 'submit'>;

/** The proposal's people and item, checked against the roster and copied as they are now. */
export interface ResolvedProposal {
  subject: PartySnapshot | null;
  interviewers: PartySnapshot[];
  recorder: PartySnapshot | null;
  approver: PartySnapshot | null;
  source: InterviewSource | null;
  slots: SlotEntry[];
}

async function membersByIds(db: Database, ids: string[]): Promise<Map<string, MemberDocument>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { data } = await db.collection(COLLECTIONS.members).where({ _id: db.command.in(unique) }).limit(1000).get<MemberDocument>();
  return new Map(data.map((member) => [member._id, member]));
}

async function departmentNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { data } = await db.collection(COLLECTIONS.departments).where({ _id: db.command.in(unique) }).limit(1000).get<{ _id: string; name: string }>();
  return new Map(data.map((department) => [department._id, department.name]));
}

function invalid(message: string, field: string): AppError {
  return new AppError('PARTY_INVALID', message, { field });
}

export async function resolveProposal(db: Database, proposer: CurrentMember, input: ProposalInput): Promise<ResolvedProposal> {
  const ids = [input.subjectId, ...input.interviewerIds, input.recorderId, input.approverId].filter((id): id is string => id !== null);
  const members = await membersByIds(db, ids);
  const departments = await departmentNames(db, [...members.values()].flatMap((member) => member.departmentIds ?? []));
  const snapshot = (id: string | null, field: string): PartySnapshot | null => {
    if (id === null) return null;
    const member = members.get(id);
    if (!member) throw new AppError('MEMBER_NOT_FOUND', undefined, { field, memberId: id });
    if (member.active === false) throw new AppError('MEMBER_INACTIVE', undefined, { field, memberId: id });
    return {
      id,
      name: member.name,
      title: member.title ?? null,
      departments: (member.departmentIds ?? []).map((departmentId) => departments.get(departmentId)).filter((name): name is string => Boolean(name)),
    };
  };
  const leading = (id: string) => can(members.get(id)?.roles ?? [], 'leadsItems');

  const subject = snapshot(input.subjectId, 'subjectId');
  const interviewers = input.interviewerIds.map((id) => snapshot(id, 'interviewerIds') as PartySnapshot);
  const recorder = snapshot(input.recorderId, 'recorderId');
  const approver = snapshot(input.approverId, 'approverId');

  for (const interviewer of interviewers) {
    if (!leading(interviewer.id)) throw invalid(`约谈人须为党组成员或书记：${interviewer.name}`, 'interviewerIds');
  }
  if (subject && input.interviewerIds.includes(subject.id)) throw invalid('约谈对象不能同时是约谈人', 'interviewerIds');
  if (recorder && subject && recorder.id === subject.id) throw invalid('记录人不能是约谈对象本人', 'recorderId');
  if (approver) {
    if (!leading(approver.id)) throw invalid('审批领导须为书记或党组成员', 'approverId');
    if (input.interviewerIds.includes(approver.id)) throw invalid('审批领导不能是本次谈话的约谈人', 'approverId');
    if (subject && approver.id === subject.id) throw invalid('审批领导不能是约谈对象', 'approverId');
    const taken = interviewStepTakenBy('approve', approver.id, { proposerId: proposer.id, approverId: null, recorderId: recorder?.id ?? null });
    if (taken) throw invalid(taken === 'propose' ? '审批领导不能是提议人本人' : '审批领导不能同时是记录人', 'approverId');
  }

  let source: InterviewSource | null = null;
  if (input.source?.type === 'text') source = { type: 'text', text: input.source.text };
  if (input.source?.type === 'task') {
    const { data } = await db.collection(COLLECTIONS.tasks).where({ _id: input.source.taskId }).limit(1).get<TaskDocument>();
    const task = data[0];
    // An item the proposer cannot see is "not found" for them: its title does not leak into a record.
    if (!task || !maySeeTask(proposer, { leaderId: task.leaderId, departmentIds: task.departmentIds ?? [], assigneeIds: task.assigneeIds ?? [] })) {
      throw new AppError('TASK_NOT_FOUND', undefined, { field: 'source' });
    }
    source = { type: 'task', taskId: task._id, number: task.number, title: task.title };
  }

  const slots: SlotEntry[] = [];
  if (subject) slots.push({ slot: 'subject', role: 'subject', memberId: subject.id, name: subject.name });
  interviewers.forEach((interviewer, index) => slots.push({ slot: interviewerSlot(index), role: 'interviewer', memberId: interviewer.id, name: interviewer.name }));
  return { subject, interviewers, recorder, approver, source, slots };
}

export function viewerIdsOf(proposerId: string, resolved: ResolvedProposal): string[] {
  return interviewViewerIds({
    subjectId: resolved.subject?.id ?? null,
    interviewerIds: resolved.interviewers.map((interviewer) => interviewer.id),
    recorderId: resolved.recorder?.id ?? null,
    proposerId,
    approverId: resolved.approver?.id ?? null,
  });
}
