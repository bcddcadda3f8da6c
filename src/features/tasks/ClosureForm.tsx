import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import type { EvidenceFile } from '../../../core/tasks/model';
import { applyClosureInput } from '../../../core/actions/closure';
import { MAX_FILES_PER_POST } from '../../../core/tasks/evidence';
import { TEXT_LIMITS } from '../../../core/text';
import { CheckCell } from '@/components/CheckCell';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { UploadField } from '@/forms/UploadField';
import { useActionForm } from '@/forms/useActionForm';
import { filesFieldOf, useUploads } from '@/forms/useUploads';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';

/** 申请销号: what was achieved against the measures, with at least one piece of evidence. */
export function ClosureForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task, timeline } = snapshot;
  // Evidence already attached to 进展 can be picked instead of uploaded again.
  const posted = distinctFiles(timeline.filter((entry) => entry.kind === 'progress').flatMap((entry) => entry.files));
  const evidence = useUploads({ folder: `tasks/${task.id}`, max: MAX_FILES_PER_POST });
  const apply = useMutation('closure.apply');
  const form = useActionForm({
    schema: applyClosureInput,
    initial: { summary: '', picked: [] as string[] },
    draftKey: `closure.apply:${task.id}`,
    restore: (saved) => ({ ...saved, picked: saved.picked.filter((fileID) => posted.some((file) => file.fileID === fileID)) }),
    clears: (field) => (field === 'picked' ? ['fileIDs'] : []),
    fieldOf: filesFieldOf,
    blocked: evidence.problem,
    toInput: ({ summary, picked }) => {
      const chosen = posted.filter((file) => picked.includes(file.fileID));
      const fileIDs = [...chosen.map((file) => file.fileID), ...evidence.fileIDs];
      const fileNames = [...chosen.map((file) => file.name), ...evidence.fileNames];
      return { taskId: task.id, version: task.version, summary, fileIDs, fileNames };
    },
    submit: (input) => apply.run(input),
    finish: (result) => finishTaskWrite(task.id, result, '已提交销号申请'),
  });
  const { summary, picked } = form.values;
  const open = task.measures.filter((measure) => !measure.done).length;

  return (
    <TaskFormLayout
      task={task}
      submitLabel='提交销号申请'
      pending={form.submitting}
      busyLabel={evidence.busyLabel}
      problem={form.problem ?? evidence.problem}
      onSubmit={() => void form.submit()}
    >
      <DraftNotice draft={form.draft} />
      {task.returnRequirement ? (
        <Notice tone='red' title='上次退回时的补充整改要求'>
          {task.returnRequirement}
        </Notice>
      ) : null}
      {open > 0 ? <Notice tone='yellow' title={`还有${open}项整改措施未标记完成`}>可先在事项页标记，也可在完成情况中说明</Notice> : null}
      <Field
        label='整改完成情况'
        required
        error={form.errors.summary}
        aside={`${summary.length}/${TEXT_LIMITS.closureSummary}`}
        hint='提交后由责任领导审核，再报组长审定'
      >
        <Textarea
          className='zg-block__textarea'
          value={summary}
          maxlength={-1}
          autoHeight
          placeholder='逐条说明整改措施落实情况和取得的成效'
          onInput={(event) => form.set('summary')(event.detail.value)}
        />
      </Field>
      {posted.length > 0 ? (
        <Section title='进展中已上传的佐证材料' footer='勾选即可附上，无需重新上传；佐证材料至少一份'>
          {posted.map((file) => (
            <CheckCell
              key={file.fileID}
              title={file.name}
              checked={picked.includes(file.fileID)}
              onToggle={() => form.edit({ picked: picked.includes(file.fileID) ? picked.filter((id) => id !== file.fileID) : [...picked, file.fileID] })}
            />
          ))}
        </Section>
      ) : null}
      <UploadField label={posted.length > 0 ? '上传新的佐证材料' : '佐证材料（至少一份）'} required={posted.length === 0} error={form.errors.fileIDs} uploads={evidence} />
    </TaskFormLayout>
  );
}

function distinctFiles(files: EvidenceFile[]): EvidenceFile[] {
  return files.filter((file, index) => files.findIndex((other) => other.fileID === file.fileID) === index);
}
