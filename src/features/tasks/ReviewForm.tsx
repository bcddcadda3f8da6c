import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { reviewClosureInput } from '../../../core/actions/closure';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useActionForm } from '@/forms/useActionForm';
import { ClosureSummary } from './ClosureSummary';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { TEXT_LIMITS } from '../../../core/text';

export type ReviewStep = 'review' | 'signoff';
type Decision = 'pass' | 'return';

/**
 * 审核 (the 责任领导) and 审定 (the 组长) of a 销号 application: pass, or return with 补充整改要求 — a return
 * must say what is still to be done.
 */
export function ReviewForm({ snapshot, step }: { snapshot: GetTaskOutput; step: ReviewStep }) {
  const { task } = snapshot;
  const review = useMutation('closure.review');
  const signOff = useMutation('closure.signOff');
  const form = useActionForm({
    schema: reviewClosureInput,
    initial: { decision: null as Decision | null, opinion: '' },
    // Per application: a draft about an earlier application must not come back on the next one.
    draftKey: `${step === 'review' ? 'closure.review' : 'closure.signOff'}:${task.id}:${task.closure?.appliedAt ?? ''}`,
    check: ({ decision }) => (decision ? {} : { decision: step === 'review' ? '请选择审核结果' : '请选择审定结果' }),
    // Never sent without a decision: check() stops the submit first.
    toInput: ({ decision, opinion }) => ({ taskId: task.id, version: task.version, decision: decision ?? 'pass', opinion }),
    submit: (input) => (step === 'review' ? review.run(input) : signOff.run(input)),
    finish: (result, { decision }) => finishTaskWrite(task.id, result, decision === 'pass' ? (step === 'review' ? '已审核通过' : '已审定销号') : '已退回'),
  });
  const { decision, opinion } = form.values;
  const returning = decision === 'return';

  return (
    <TaskFormLayout
      task={task}
      submitLabel={step === 'review' ? '提交审核意见' : '提交审定意见'}
      pending={form.submitting}
      problem={form.errors.decision ?? form.problem}
      onSubmit={() => void form.submit()}
    >
      <DraftNotice draft={form.draft} />
      {task.closure ? <ClosureSummary closure={task.closure} /> : null}
      <Section title={step === 'review' ? '审核结果' : '审定结果'}>
        <ChoiceCards<Decision>
          value={decision}
          onChange={form.set('decision')}
          choices={[
            { value: 'return', label: '退回', description: '补充整改后重新申请', tone: 'red' },
            { value: 'pass', label: step === 'review' ? '通过' : '同意销号', description: passDescription(step, task.deadline.longTerm), tone: 'green' },
          ]}
        />
      </Section>
      <Field
        label={returning ? '补充整改要求' : step === 'review' ? '审核意见（选填）' : '审定意见（选填）'}
        required={returning}
        error={form.errors.opinion}
        aside={`${opinion.length}/${TEXT_LIMITS.closureOpinion}`}
        hint={returning ? '将显示在事项上，责任部门据此补充整改后重新申请' : undefined}
      >
        <Textarea
          className='zg-block__textarea'
          value={opinion}
          maxlength={-1}
          autoHeight
          placeholder={returning ? '写明还需补充的整改内容或佐证材料' : '可填写意见'}
          onInput={(event) => form.set('opinion')(event.detail.value)}
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
