import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import type { EvidenceFile } from '../../../core/tasks/model';
import { applyClosureInput } from '../../../core/actions/closure';
import { CheckCell } from '@/components/CheckCell';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { EvidenceField, evidenceBusyLabel, evidenceProblem } from './EvidenceField';
import { TaskFormLayout } from './TaskFormLayout';
import { useEvidence } from './useEvidence';
import { finishTaskWrite } from './taskRecords';
import { fieldErrors } from '@/forms/fieldErrors';
import { TEXT_LIMITS } from '../../../core/text';


/** 申请销号: what was achieved against the measures, with at least one piece of evidence. */
export function ClosureForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task, timeline } = snapshot;
  const [summary, setSummary] = useState('');
  // Evidence already attached to 进展 can be picked instead of uploaded again.
  const posted = distinctFiles(timeline.filter((entry) => entry.kind === 'progress').flatMap((entry) => entry.files));
  const [picked, setPicked] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const evidence = useEvidence(task.id);
  const apply = useMutation('closure.apply');
  const draft = useDraft({
    scope: `closure.apply:${task.id}`,
    value: { summary, picked },
    empty: { summary: '', picked: [] as string[] },
    restore: (saved) => {
      setSummary(saved.summary);
      setPicked(saved.picked.filter((fileID) => posted.some((file) => file.fileID === fileID)));
    },
  });
  const open = task.measures.filter((measure) => !measure.done).length;

  const submit = async () => {
    const chosen = posted.filter((file) => picked.includes(file.fileID));
    const fileIDs = [...chosen.map((file) => file.fileID), ...evidence.fileIDs];
    const fileNames = [...chosen.map((file) => file.name), ...evidence.fileNames];
    const input = { taskId: task.id, version: task.version, summary, fileIDs, fileNames };
    const problems = fieldErrors(applyClosureInput, input);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || evidence.failed) return;
    const result = await apply.run(input);
    if (result.ok) draft.submitted();
    await finishTaskWrite(task.id, result, '已提交销号申请');
  };

  return (
    <TaskFormLayout
      task={task}
      submitLabel='提交销号申请'
      pending={apply.pending}
      busyLabel={evidenceBusyLabel(evidence)}
      problem={evidenceProblem(evidence)}
      onSubmit={() => void submit()}
    >
      <DraftNotice draft={draft} />
      {task.returnRequirement ? (
        <Notice tone='red' title='上次退回时的补充整改要求'>
          {task.returnRequirement}
        </Notice>
      ) : null}
      {open > 0 ? <Notice tone='yellow' title={`还有${open}项整改措施未标记完成`}>可先在事项页标记，也可在完成情况中说明</Notice> : null}
      <Field
        label='整改完成情况'
        required
        error={errors.summary}
        aside={`${summary.length}/${TEXT_LIMITS.closureSummary}`}
        hint='提交后由责任领导审核，再报组长审定'
      >
        <Textarea
          className='zg-block__textarea'
          value={summary}
          maxlength={-1}
          autoHeight
          placeholder='逐条说明整改措施落实情况和取得的成效'
          onInput={(event) => {
            setSummary(event.detail.value);
            if (errors.summary) setErrors((current) => ({ ...current, summary: '' }));
          }}
        />
      </Field>
      {posted.length > 0 ? (
        <Section title='进展中已上传的佐证材料' footer='勾选即可附上，无需重新上传；佐证材料至少一份'>
          {posted.map((file) => (
            <CheckCell
              key={file.fileID}
              title={file.name}
              checked={picked.includes(file.fileID)}
              onToggle={() => {
                setPicked((current) => (current.includes(file.fileID) ? current.filter((id) => id !== file.fileID) : [...current, file.fileID]));
                if (errors.fileIDs) setErrors((current) => ({ ...current, fileIDs: '' }));
              }}
            />
          ))}
        </Section>
      ) : null}
      <EvidenceField label={posted.length > 0 ? '上传新的佐证材料' : '佐证材料（至少一份）'} required={posted.length === 0} error={errors.fileIDs} evidence={evidence} />
    </TaskFormLayout>
  );
}

function distinctFiles(files: EvidenceFile[]): EvidenceFile[] {
  return files.filter((file, index) => files.findIndex((other) => other.fileID === file.fileID) === index);
}
