import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { addProgressInput, editProgressInput } from '../../../core/actions/tasks';
import { MAX_FILES_PER_POST } from '../../../core/tasks/evidence';
import { TEXT_LIMITS } from '../../../core/text';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { useMutation } from '@/api/hooks';
import { useReminderAsk } from '@/api/useReminderAsk';
import { DraftNotice } from '@/forms/DraftNotice';
import { UploadField } from '@/forms/UploadField';
import { useActionForm } from '@/forms/useActionForm';
import { filesFieldOf, useUploads } from '@/forms/useUploads';
import { minutesUntil } from './format';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';

type Props = { snapshot: GetTaskOutput; progressId: string | null };

/** 报送进展: what was done, with photos or files as evidence; the same form edits one's own post within 10 minutes. */
export function ProgressForm({ snapshot, progressId }: Props) {
  const { task, timeline } = snapshot;
  const editing = progressId ? timeline.find((entry) => entry.editable?.progressId === progressId) : undefined;
  const evidence = useUploads({ folder: `tasks/${task.id}`, max: MAX_FILES_PER_POST, initial: editing?.files ?? [] });
  const add = useMutation('tasks.addProgress');
  const edit = useMutation('tasks.editProgress');
  // Posting progress is a natural moment to offer reminders for the next deadline (not when correcting a post).
  const reminders = useReminderAsk(!progressId);
  const files = { fileIDs: evidence.fileIDs, fileNames: evidence.fileNames };
  const form = useActionForm({
    schema: progressId ? editProgressInput : addProgressInput,
    initial: { text: editing?.text ?? '' },
    draftKey: progressId ? `tasks.editProgress:${progressId}` : `tasks.addProgress:${task.id}`,
    fieldOf: filesFieldOf,
    blocked: evidence.problem,
    toInput: ({ text }) => (progressId ? { progressId, text, ...files } : { taskId: task.id, text, ...files }),
    submit: (input) => {
      // Still inside the tap, before anything is awaited: WeChat shows its consent dialog only then.
      reminders.ask();
      return 'progressId' in input ? edit.run(input) : add.run(input);
    },
    finish: (result) => finishTaskWrite(task.id, result, progressId ? '已修改' : '已报送'),
  });
  const { text } = form.values;

  return (
    <TaskFormLayout
      task={task}
      submitLabel={progressId ? '保存修改' : '提交进展'}
      pending={form.submitting}
      busyLabel={evidence.busyLabel}
      problem={form.problem ?? evidence.problem}
      onSubmit={() => void form.submit()}
    >
      <DraftNotice draft={form.draft} />
      {editing?.editable ? <Notice tone='blue' title={`发布后10分钟内可修改，还剩${minutesUntil(editing.editable.until)}分钟`} /> : null}
      <Field label='进展情况' required error={form.errors.text} aside={`${text.length}/${TEXT_LIMITS.progress}`}>
        <Textarea
          className='zg-block__textarea'
          value={text}
          maxlength={-1}
          autoHeight
          placeholder='本阶段做了哪些工作、取得什么成效、下一步安排'
          onInput={(event) => form.set('text')(event.detail.value)}
        />
      </Field>
      <UploadField label='佐证材料（选填）' error={form.errors.fileIDs} uploads={evidence} />
    </TaskFormLayout>
  );
}
