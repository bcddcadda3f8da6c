import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { applyClosureInput } from '../../../core/actions/closure';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { useMutation } from '@/api/hooks';
import { EvidenceField, evidenceBusyLabel, evidenceProblem } from './EvidenceField';
import { TaskFormLayout } from './TaskFormLayout';
import { useEvidence } from './useEvidence';
import { finishTaskWrite } from './useTaskSnapshot';
import { fieldErrors } from './validate';

const SUMMARY_MAX = 2000;

/** 申请销号: what was achieved against the measures, with at least one piece of evidence. */
export function ClosureForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task } = snapshot;
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const evidence = useEvidence(task.id);
  const apply = useMutation('closure.apply');
  const open = task.measures.filter((measure) => !measure.done).length;

  const submit = async () => {
    const input = { taskId: task.id, version: task.version, summary, fileIDs: evidence.fileIDs, fileNames: evidence.fileNames };
    const problems = fieldErrors(applyClosureInput, input);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || evidence.failed) return;
    await finishTaskWrite(task.id, await apply.run(input), '已提交销号申请');
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
        aside={`${summary.length}/${SUMMARY_MAX}`}
        hint='提交后由责任领导审核，再报组长审定'
      >
        <Textarea
          className='zg-block__textarea'
          value={summary}
          maxlength={SUMMARY_MAX}
          autoHeight
          placeholder='逐条说明整改措施落实情况和取得的成效'
          onInput={(event) => {
            setSummary(event.detail.value);
            if (errors.summary) setErrors((current) => ({ ...current, summary: '' }));
          }}
        />
      </Field>
      <EvidenceField label='佐证材料（至少一份）' required error={errors.fileIDs} evidence={evidence} />
    </TaskFormLayout>
  );
}
