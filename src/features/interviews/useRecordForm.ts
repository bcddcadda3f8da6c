import { useCallback, useState } from 'react';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { MAX_INTERVIEW_ATTACHMENTS, recordInterviewInput } from '../../../core/actions/interviews';
import type { InterviewField } from '../../../core/interviews/fields';
import { heldBeforePlannedDay, presentFields } from '../../../core/interviews/transitions';
import { missingToLeave } from '../../../core/interviews/workflow';
import { callApi } from '@/api/client';
import { useDraft } from '@/forms/drafts';
import { useUploads } from '@/forms/useUploads';
import { appNow } from '@/utils/clock';
import { fromPickers, toPickers } from './format';
import { fileChipName } from '@/utils/fileNames';
import { fieldNames, missingErrors } from './labels';
import { finishInterviewWrite, settle } from './interviewRecords';
import { interviewFieldOf } from './writeErrors';
import { schemaErrors } from '@/forms/schemaErrors';
import type { FieldErrors } from '@/forms/schemaErrors';

export interface RecordDraft {
  day: string;
  time: string;
  earlyReason: string;
  content: string;
  statement: string;
  requirements: string;
  commitments: string[];
  feedbackDue: string;
}

/** The talk's day is before the day it was planned for: the record then says why. */
export function heldEarly(day: string, plannedAt: string | null): boolean {
  return heldBeforePlannedDay(day, plannedAt);
}

/**
 * The 记录人's form: the talk as held. 保存并请双方签字 needs every field the record requires (the server's
 * RECORD_FIELDS, checked here first) and then asks the 对象 and the 约谈人 to sign; 暂存 keeps a partial record.
 */
export function useRecordForm(snapshot: GetInterviewOutput) {
  const { interview } = snapshot;
  const record = interview.record;
  // The actual time: what was saved, else now (the 记录人 usually writes right after the talk).
  const held = toPickers(record?.heldAt ?? appNow().toISOString());
  const [initial] = useState<RecordDraft>(() => ({
    day: held.day,
    time: held.time,
    earlyReason: record?.earlyReason ?? '',
    content: record?.content ?? '',
    statement: record?.statement ?? '',
    requirements: record?.requirements ?? '',
    commitments: record?.commitments ?? [],
    feedbackDue: record?.feedbackDue ?? '',
  }));
  const [draft, setDraft] = useState<RecordDraft>(initial);
  const formDraft = useDraft({ scope: `interviews.record:${interview.id}`, value: draft, empty: initial, restore: setDraft });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const attachments = useUploads({ folder: `interviews/${interview.id}`, max: MAX_INTERVIEW_ATTACHMENTS, initial: record?.attachments ?? [], storedName: fileChipName });

  const change = useCallback((patch: Partial<RecordDraft>) => {
    setDraft((before) => ({ ...before, ...patch }));
    setErrors((before) => {
      const next = { ...before };
      for (const key of Object.keys(patch)) delete next[key === 'day' || key === 'time' ? 'heldAt' : key];
      return next;
    });
    setProblem(null);
  }, []);

  const input = useCallback(() => ({
    interviewId: interview.id,
    heldAt: fromPickers(draft.day, draft.time),
    earlyReason: heldEarly(draft.day, interview.plannedAt) ? draft.earlyReason.trim() || null : null,
    content: draft.content.trim() || null,
    statement: draft.statement.trim() || null,
    requirements: draft.requirements.trim() || null,
    commitments: draft.commitments.map((item) => item.trim()).filter(Boolean),
    feedbackDue: draft.feedbackDue || null,
    attachments: attachments.fileIDs,
    attachmentNames: attachments.fileNames,
  }), [interview.id, interview.plannedAt, draft, attachments.fileIDs, attachments.fileNames]);

  const save = useCallback(
    async (askForSignatures: boolean) => {
      const values = input();
      const found: FieldErrors = schemaErrors(recordInterviewInput, values, interviewFieldOf);
      let missing: InterviewField[] = [];
      if (askForSignatures) {
        const { heldAt, content, statement, requirements, commitments, feedbackDue } = values;
        missing = missingToLeave('recorded', presentFields({ heldAt, content, statement, requirements, commitments, feedbackDue }));
      }
      if (heldEarly(draft.day, interview.plannedAt) && !values.earlyReason) found.earlyReason = '谈话早于约谈安排的日期，请说明原因';
      const all = { ...missingErrors(missing), ...found };
      setErrors(all);
      if (Object.keys(all).length > 0) {
        setProblem(missing.length > 0 ? `还缺少：${fieldNames(missing)}` : '请按红字提示修改');
        return;
      }
      setPending(true);
      const result = await settle(
        callApi('interviews.record', values).then((saved) => (askForSignatures ? callApi('interviews.requestSignatures', { interviewId: interview.id }) : saved)),
      );
      setPending(false);
      if (result.ok) formDraft.submitted();
      const outcome = await finishInterviewWrite(interview.id, result, askForSignatures ? '已请双方签字' : '记录已暂存');
      if (!outcome.ok) {
        setErrors(outcome.fields);
        setProblem(outcome.message);
      }
    },
    [draft, input, interview.id, interview.plannedAt, formDraft],
  );

  return { draft, formDraft, change, errors, problem, pending, attachments, save };
}
