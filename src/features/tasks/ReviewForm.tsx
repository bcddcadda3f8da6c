import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { reviewClosureInput } from '../../../core/actions/closure';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { ClosureSummary } from './ClosureSummary';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { fieldErrors } from '@/forms/fieldErrors';
import { TEXT_LIMITS } from '../../../core/text';

export type ReviewStep = 'review' | 'signoff';
type Decision = 'pass' | 'return';


/**
 * 审核 (the 责任领导) and 审定 (the 组长) of a 销号 application: pass, or return with 补充整改要求 — a return
 * must say what is still to be done.
 */
export function ReviewForm({ snapshot, step }: { snapshot: GetTaskOutput; step: ReviewStep }) {
  const { task } = snapshot;
  const [decision, setDecision] = useState<Decision | null>(null);
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const review = useMutation('closure.review');
  const signOff = useMutation('closure.signOff');
  const draft = useDraft<{ decision: Decision | null; opinion: string }>({
    // Per application: a draft about an earlier application must not come back on the next one.
    scope: `${step === 'review' ? 'closure.review' : 'closure.signOff'}:${task.id}:${task.closure?.appliedAt ?? ''}`,
    value: { decision, opinion },
    empty: { decision: null, opinion: '' },
    restore: (saved) => {
      setDecision(saved.decision);
      setOpinion(saved.opinion);
    },
  });
  const returning = decision === 'return';

  const submit = async () => {
    if (!decision) return setErrors({ decision: step === 'review' ? '请选择审核结果' : '请选择审定结果' });
    const input = { taskId: task.id, version: task.version, decision, opinion };
    const problems = fieldErrors(reviewClosureInput, input);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const result = step === 'review' ? await review.run(input) : await signOff.run(input);
    if (result.ok) draft.submitted();
    const done = decision === 'pass' ? (step === 'review' ? '已审核通过' : '已审定销号') : '已退回';
    await finishTaskWrite(task.id, result, done);
  };

  return (
    <TaskFormLayout
      task={task}
      submitLabel={step === 'review' ? '提交审核意见' : '提交审定意见'}
      pending={review.pending || signOff.pending}
      problem={errors.decision}
      onSubmit={() => void submit()}
    >
      <DraftNotice draft={draft} />
      {task.closure ? <ClosureSummary closure={task.closure} /> : null}
      <Section title={step === 'review' ? '审核结果' : '审定结果'}>
        <ChoiceCards<Decision>
          value={decision}
          onChange={(value) => {
            setDecision(value);
            setErrors({});
          }}
          choices={[
            { value: 'return', label: '退回', description: '补充整改后重新申请', tone: 'red' },
            { value: 'pass', label: step === 'review' ? '通过' : '同意销号', description: passDescription(step, task.deadline.longTerm), tone: 'green' },
          ]}
        />
      </Section>
      <Field
        label={returning ? '补充整改要求' : step === 'review' ? '审核意见（选填）' : '审定意见（选填）'}
        required={returning}
        error={errors.opinion}
        aside={`${opinion.length}/${TEXT_LIMITS.closureOpinion}`}
        hint={returning ? '将显示在事项上，责任部门据此补充整改后重新申请' : undefined}
      >
        <Textarea
          className='zg-block__textarea'
          value={opinion}
          maxlength={-1}
          autoHeight
          placeholder={returning ? '写明还需补充的整改内容或佐证材料' : '可填写意见'}
          onInput={(event) => {
            setOpinion(event.detail.value);
            if (errors.opinion) setErrors({});
          }}
        />
      </Field>
    </TaskFormLayout>
  );
}

function passDescription(step: ReviewStep, longTerm: boolean): string {
  if (step === 'review') return '报组长审定';
  // 长期坚持 items go on after 销号, under quarterly consolidation reports.
  return longTerm ? '转入长期坚持' : '事项销号';
}
