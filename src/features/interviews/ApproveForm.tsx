import { Textarea } from '@tarojs/components';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { approveInterviewInput } from '../../../core/actions/interviews';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useActionForm } from '@/forms/useActionForm';
import { FactRow, FactText } from './Facts';
import { InterviewFormLayout, RecordBanner } from './FormBits';
import { formatFull, partyLine } from './format';
import { finishInterviewWrite } from './interviewRecords';
import { formErrorsOf, interviewFieldOf } from './writeErrors';
import { TEXT_LIMITS } from '../../../core/text';

type Decision = 'approve' | 'return';

/** 领导审批: agree, or return to the proposer — either way with a written opinion (its blank column was the finding). */
export function ApproveForm({ snapshot }: { snapshot: GetInterviewOutput }) {
  const { interview } = snapshot;
  const approve = useMutation('interviews.approve');
  const form = useActionForm({
    schema: approveInterviewInput,
    initial: { decision: null as Decision | null, opinion: '' },
    draftKey: `interviews.approve:${interview.id}`,
    fieldOf: interviewFieldOf,
    serverErrors: (error) => formErrorsOf(error),
    check: ({ decision }) => (decision ? {} : { decision: '请选择同意或退回' }),
    invalidProblem: (errors) => errors.decision ?? null,
    // Never sent without a decision: check() stops the submit first.
    toInput: ({ decision, opinion }) => ({ interviewId: interview.id, decision: decision ?? 'approve', opinion }),
    submit: (input) => approve.run(input),
    finish: (result, { decision }) => finishInterviewWrite(interview.id, result, decision === 'approve' ? '已同意' : '已退回'),
  });
  const { decision, opinion } = form.values;

  return (
    <InterviewFormLayout banner={<RecordBanner interview={interview} />} submitLabel='提交审批意见' pending={form.submitting} problem={form.problem} onSubmit={() => void form.submit()}>
      <DraftNotice draft={form.draft} />
      <Section title='拟约谈安排'>
        <FactRow label='约谈对象'>{partyLine(interview.subject)}</FactRow>
        <FactRow label='约谈人'>{interview.interviewers.map(partyLine).join('\n')}</FactRow>
        <FactRow label='记录人'>{interview.recorder ? partyLine(interview.recorder) : null}</FactRow>
        <FactRow label='约谈时间'>{interview.plannedAt ? formatFull(interview.plannedAt) : null}</FactRow>
        <FactRow label='约谈地点'>{interview.place}</FactRow>
        <FactText label='约谈事由' text={interview.reason} />
      </Section>
      <Section title='审批结果'>
        <ChoiceCards<Decision>
          value={decision}
          onChange={form.set('decision')}
          choices={[
            { value: 'return', label: '退回', description: '发起人修改后重新提交', tone: 'red' },
            { value: 'approve', label: '同意', description: '按安排开展谈话', tone: 'green' },
          ]}
        />
      </Section>
      <Field
        label={decision === 'return' ? '退回意见' : '领导审批意见'}
        required
        error={form.errors.opinion}
        aside={`${opinion.length}/${TEXT_LIMITS.interviewOpinion}`}
      >
        <Textarea
          className='zg-block__textarea'
          value={opinion}
          maxlength={-1}
          autoHeight
          placeholder={decision === 'return' ? '写明需要修改或补充的内容' : '如：同意约谈，注意方式方法'}
          onInput={(event) => form.set('opinion')(event.detail.value)}
        />
      </Field>
    </InterviewFormLayout>
  );
}
