import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { addProgressInput, editProgressInput } from '../../../core/actions/tasks';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { useReminderAsk } from '@/api/useReminderAsk';
import { EvidenceField, evidenceBusyLabel, evidenceProblem } from './EvidenceField';
import { minutesUntil } from './format';
import { TaskFormLayout } from './TaskFormLayout';
import { useEvidence } from './useEvidence';
import { finishTaskWrite } from './taskRecords';
import { fieldErrors } from '@/forms/fieldErrors';
import { TEXT_LIMITS } from '../../../core/text';


type Props = { snapshot: GetTaskOutput; progressId: string | null };

/** 报送进展: what was done, with photos or files as evidence; the same form edits one's own post within 10 minutes. */
export function ProgressForm({ snapshot, progressId }: Props) {
  const { task, timeline } = snapshot;
  const editing = progressId ? timeline.find((entry) => entry.editable?.progressId === progressId) : undefined;
  const [text, setText] = useState(editing?.text ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const draft = useDraft({
    scope: progressId ? `tasks.editProgress:${progressId}` : `tasks.addProgress:${task.id}`,
    value: { text },
    empty: { text: editing?.text ?? '' },
    restore: (saved) => setText(saved.text),
  });
  const evidence = useEvidence(task.id, editing?.files ?? []);
  const add = useMutation('tasks.addProgress');
  const edit = useMutation('tasks.editProgress');
  // Posting progress is a natural moment to offer reminders for the next deadline (not when correcting a post).
  const reminders = useReminderAsk(!progressId);

  const submit = async () => {
    const files = { fileIDs: evidence.fileIDs, fileNames: evidence.fileNames };
    const input = progressId ? { progressId, text, ...files } : { taskId: task.id, text, ...files };
    const problems = fieldErrors(progressId ? editProgressInput : addProgressInput, input);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || evidence.failed) return;
    // Still inside the tap, before anything is awaited: WeChat shows its consent dialog only then.
    reminders.ask();
    const result = progressId ? await edit.run({ progressId, text, ...files }) : await add.run({ taskId: task.id, text, ...files });
    if (result.ok) draft.submitted();
    await finishTaskWrite(task.id, result, progressId ? '已修改' : '已报送');
  };

  return (
    <TaskFormLayout
      task={task}
      submitLabel={progressId ? '保存修改' : '提交进展'}
      pending={add.pending || edit.pending}
      busyLabel={evidenceBusyLabel(evidence)}
      problem={evidenceProblem(evidence)}
      onSubmit={() => void submit()}
    >
      <DraftNotice draft={draft} />
      {editing?.editable ? <Notice tone='blue' title={`发布后10分钟内可修改，还剩${minutesUntil(editing.editable.until)}分钟`} /> : null}
      <Field label='进展情况' required error={errors.text} aside={`${text.length}/${TEXT_LIMITS.progress}`}>
        <Textarea
          className='zg-block__textarea'
          value={text}
          maxlength={-1}
          autoHeight
          placeholder='本阶段做了哪些工作、取得什么成效、下一步安排'
          onInput={(event) => {
            setText(event.detail.value);
            if (errors.text) setErrors({});
          }}
        />
      </Field>
      <EvidenceField label='佐证材料（选填）' error={errors.fileIDs} evidence={evidence} />
    </TaskFormLayout>
  );
}
