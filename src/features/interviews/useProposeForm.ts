import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ProposeInterviewInput } from '../../../core/actions/interviews';
import { proposeInterviewInput } from '../../../core/actions/interviews';
import type { InterviewField } from '../../../core/interviews/fields';
import type { InterviewDetail } from '../../../core/interviews/model';
import type { InterviewKind } from '../../../core/interviews/states';
import { presentFields } from '../../../core/interviews/transitions';
import { missingToLeave } from '../../../core/interviews/workflow';
import type { TaskDetail, TaskListItem } from '../../../core/tasks/model';
import { callApi } from '@/api/client';
import { useAction, useMutation } from '@/api/hooks';
import { showErrorToast, showSuccessToast } from '@/api/toast';
import { useDraft } from '@/forms/drafts';
import { fromPickers, toPickers } from './format';

import { fieldNames, missingErrors } from './labels';
import { interviewPageUrl } from './routes';
import { finishInterviewWrite, interviewRecords } from './interviewRecords';
import { usePeople } from './usePeople';
import { formErrorsOf, interviewFieldOf } from './writeErrors';
import { schemaErrors } from '@/forms/schemaErrors';
import type { FieldErrors } from '@/forms/schemaErrors';
import { can } from '../../../core/capabilities';

export type SourceMode = 'task' | 'text';
type LinkedTask = { id: string; title: string; number: string | null };

export interface ProposalDraft {
  kind: InterviewKind;
  sourceMode: SourceMode;
  task: LinkedTask | null;
  sourceText: string;
  subjectId: string | null;
  interviewerIds: string[];
  recorderId: string | null;
  approverId: string | null;
  day: string;
  time: string;
  place: string;
  reason: string;
}

const EMPTY: ProposalDraft = {
  kind: 'interview',
  sourceMode: 'task',
  task: null,
  sourceText: '',
  subjectId: null,
  interviewerIds: [],
  recorderId: null,
  approverId: null,
  day: '',
  time: '',
  place: '',
  reason: '',
};

function fromRecord(interview: InterviewDetail): ProposalDraft {
  const source = interview.source;
  const { day, time } = toPickers(interview.plannedAt);
  return {
    kind: interview.kind,
    sourceMode: source?.type === 'text' ? 'text' : 'task',
    task: source?.type === 'task' ? { id: source.taskId, title: source.title, number: source.number } : null,
    sourceText: source?.type === 'text' ? source.text : '',
    subjectId: interview.subject?.id ?? null,
    interviewerIds: interview.interviewers.map((person) => person.id),
    recorderId: interview.recorder?.id ?? null,
    approverId: interview.approver?.id ?? null,
    day,
    time,
    place: interview.place ?? '',
    reason: interview.reason ?? '',
  };
}

/** A 提醒谈话 about an overdue or returned item: the item, its people and a first wording of the reason. */
export function fromTask(task: TaskDetail): Partial<ProposalDraft> {
  const label = task.number ? `问题${task.number}` : '整改事项';
  const overdue = task.deadlineState.daysLeft !== null && task.deadlineState.daysLeft < 0 ? `已逾期${-task.deadlineState.daysLeft}天` : '';
  const returned = task.returnRequirement ? `销号申请被退回（补充整改要求：${task.returnRequirement}）` : '';
  const facts = [overdue, returned].filter(Boolean).join('，');
  return {
    kind: 'reminder',
    sourceMode: 'task',
    task: { id: task.id, title: task.title, number: task.number },
    subjectId: task.assignees[0]?.id ?? null,
    interviewerIds: task.leader ? [task.leader.id] : [],
    reason: `${label}“${task.title}”${facts ? `${facts}，` : ''}整改进度滞后，对责任人进行提醒谈话。`,
  };
}

export function proposalInput(draft: ProposalDraft): Omit<ProposeInterviewInput, 'submit'> {
  return {
    kind: draft.kind,
    source:
      draft.sourceMode === 'task'
        ? draft.task
          ? { type: 'task', taskId: draft.task.id }
          : null
        : draft.sourceText.trim()
          ? { type: 'text', text: draft.sourceText.trim() }
          : null,
    subjectId: draft.subjectId,
    interviewerIds: draft.interviewerIds,
    recorderId: draft.recorderId,
    approverId: draft.approverId,
    plannedAt: fromPickers(draft.day, draft.time),
    place: draft.place.trim() || null,
    reason: draft.reason.trim() || null,
  };
}

/** What a proposal still lacks to go for approval: the server's own rule (PROPOSAL_FIELDS), checked on the phone first. */
export function proposalMissing(draft: ProposalDraft): InterviewField[] {
  const input = proposalInput(draft);
  const present = presentFields({
    kind: input.kind,
    source: input.source,
    subject: input.subjectId,
    interviewers: input.interviewerIds,
    recorder: input.recorderId,
    approver: input.approverId,
    plannedAt: input.plannedAt,
    place: input.place,
    reason: input.reason,
  });
  return missingToLeave('draft', present);
}

type Options = { existing: InterviewDetail | null; taskId: string | null };

/**
 * The proposal form: a new record (from the tab, or from an item with its people filled in) or a draft / returned
 * record being corrected. 提交审批 checks on the phone what the server will require and names it by the field;
 * 保存草稿 keeps an incomplete proposal as 拟约谈.
 */
export function useProposeForm({ existing, taskId }: Options) {
  const me = useAction('auth.me', {});
  const [draft, setDraft] = useState<ProposalDraft>(() => (existing ? fromRecord(existing) : EMPTY));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const propose = useMutation('interviews.propose');
  const update = useMutation('interviews.update');
  const submitting = useMutation('interviews.submit');
  // Only what the person typed or picked is a draft worth keeping, not the defaults filled in for them.
  const [touched, setTouched] = useState(false);
  // The fields the person set (or a restored draft brought back): what arrives later fills only the others.
  const chosen = useRef(new Set<string>());
  const formDraft = useDraft<ProposalDraft | null>({
    scope: existing ? `interviews.update:${existing.id}` : `interviews.propose:${taskId ?? 'new'}`,
    value: touched ? draft : null,
    empty: null,
    restore: (saved) => {
      if (!saved) return;
      for (const key of Object.keys(saved)) chosen.current.add(key);
      setDraft(saved);
      setTouched(true);
    },
  });

  // From an item: its people and reason, once the item is at hand.
  useEffect(() => {
    if (!taskId || existing) return;
    let current = true;
    callApi('tasks.get', { taskId }).then(
      ({ task }) => {
        if (!current) return;
        const fromItem = Object.entries(fromTask(task)).filter(([key]) => !chosen.current.has(key));
        setDraft((before) => {
          const next = { ...before, ...Object.fromEntries(fromItem) };
          // Defaults chosen before the item arrived must not clash with its people.
          if (next.approverId && (next.interviewerIds.includes(next.approverId) || next.approverId === next.subjectId)) next.approverId = null;
          if (next.recorderId && next.recorderId === next.subjectId) next.recorderId = null;
          return next;
        });
      },
      (failure: unknown) => showErrorToast(failure),
    );
    return () => {
      current = false;
    };
  }, [taskId, existing]);

  const { people } = usePeople();
  /** Who proposes this record: never also its approver (separation of duties). */
  const proposerId = existing?.proposer.id ?? me.data?.member.id ?? null;

  // A new proposal names the secretary to approve and the office member proposing as 记录人, until changed.
  const defaulted = useRef(false);
  useEffect(() => {
    if (existing || defaulted.current || !people || !me.data) return;
    defaulted.current = true;
    const secretary = people.find((person) => can(person.roles, 'approvesAnyInterview') && person.id !== me.data?.member.id);
    const office = can(me.data.member.roles, 'keepsInterviewFiles') ? me.data.member.id : null;
    // A leader proposing usually talks to the person themselves.
    const leading = me.data.member.roles.includes('leader') ? me.data.member.id : null;
    const open = (field: keyof ProposalDraft) => !chosen.current.has(field);
    setDraft((before) => ({
      ...before,
      interviewerIds: before.interviewerIds.length > 0 || !open('interviewerIds') || !leading || leading === before.subjectId ? before.interviewerIds : [leading],
      approverId: before.approverId ?? (open('approverId') && secretary && !before.interviewerIds.includes(secretary.id) ? secretary.id : null),
      recorderId: before.recorderId ?? (open('recorderId') && office && office !== before.subjectId ? office : null),
    }));
  }, [people, me.data, existing]);

  const change = useCallback((patch: Partial<ProposalDraft>) => {
    for (const key of Object.keys(patch)) chosen.current.add(key);
    setDraft((before) => ({ ...before, ...patch }));
    setTouched(true);
    setErrors((before) => {
      const next = { ...before };
      const touched: Record<string, InterviewField> = { subjectId: 'subject', interviewerIds: 'interviewers', recorderId: 'recorder', approverId: 'approver', day: 'plannedAt', time: 'plannedAt', task: 'source', sourceText: 'source', sourceMode: 'source' };
      for (const key of Object.keys(patch)) delete next[touched[key] ?? key];
      return next;
    });
    setProblem(null);
  }, []);

  const pickTask = useCallback((task: TaskListItem) => change({ task: { id: task.id, title: task.title, number: task.number } }), [change]);

  const save = useCallback(
    async (submit: boolean) => {
      const input = proposalInput(draft);
      const problems = schemaErrors(proposeInterviewInput, { ...input, submit }, interviewFieldOf);
      const missing = submit ? proposalMissing(draft) : [];
      const found: FieldErrors = { ...missingErrors(missing), ...problems };
      setErrors(found);
      if (Object.keys(found).length > 0) {
        setProblem(missing.length > 0 ? `还缺少：${fieldNames(missing)}` : '请按红字提示修改');
        return;
      }
      setProblem(null);
      if (!existing) {
        const result = await propose.run({ ...input, submit });
        if (result.ok) {
          formDraft.submitted();
          interviewRecords.changed(result.data);
          await Taro.redirectTo({ url: interviewPageUrl('detail', { id: result.data.interview.id }) });
          showSuccessToast(submit ? '已提交审批' : '已保存草稿');
          return;
        }
        const form = formErrorsOf(result.error);
        if (form) {
          setErrors(form.fields);
          setProblem(form.message);
        } else showErrorToast(result.error);
        return;
      }
      const updated = await update.run({ interviewId: existing.id, ...input });
      const final = submit && updated.ok ? await submitting.run({ interviewId: existing.id }) : updated;
      if (submit && updated.ok && !final.ok) interviewRecords.changed(updated.data);
      if (final.ok) formDraft.submitted();
      const outcome = await finishInterviewWrite(existing.id, final, submit ? '已提交审批' : '已保存');
      if (!outcome.ok) {
        setErrors(outcome.fields);
        setProblem(outcome.message);
      }
    },
    [draft, existing, propose, update, submitting, formDraft],
  );

  return {
    draft,
    formDraft,
    change,
    pickTask,
    errors,
    problem,
    people,
    proposerId,
    pending: propose.pending || update.pending || submitting.pending,
    save,
  };
}
