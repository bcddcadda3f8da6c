import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { approveInterviewInput } from '../../../core/actions/interviews';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { FactRow, FactText } from './Facts';
import { InterviewFormLayout, RecordBanner } from './FormBits';
import { formatFull, partyLine } from './format';
import { finishInterviewWrite } from './interviewRecords';
import { schemaErrors } from './writeErrors';
import type { FormErrors } from './writeErrors';

type Decision = 'approve' | 'return';
const OPINION_MAX = 1000;

/** 领导审批: agree, or return to the proposer — either way with a written opinion (its blank column was the finding). */
export function ApproveForm({ snapshot }: { snapshot: GetInterviewOutput }) {
  const { interview } = snapshot;
  const [decision, setDecision] = useState<Decision | null>(null);
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft<{ decision: Decision | null; opinion: string }>({
    scope: `interviews.approve:${interview.id}`,
    value: { decision, opinion },
    empty: { decision: null, opinion: '' },
    restore: (saved) => {
      setDecision(saved.decision);
      setOpinion(saved.opinion);
    },
  });
  const approve = useMutation('interviews.approve');

  const submit = async () => {
    if (!decision) {
      setErrors({ decision: '请选择同意或退回' });
      setProblem('请选择同意或退回');
      return;
    }
    const input = { interviewId: interview.id, decision, opinion };
    const found = schemaErrors(approveInterviewInput, input);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    const result = await approve.run(input);
    if (result.ok) draft.submitted();
    const outcome = await finishInterviewWrite(interview.id, result, decision === 'approve' ? '已同意' : '已退回');
    if (!outcome.ok) {
      setErrors(outcome.fields);
      setProblem(outcome.message);
    }
  };

  return (
    <InterviewFormLayout banner={<RecordBanner interview={interview} />} submitLabel='提交审批意见' pending={approve.pending} problem={problem} onSubmit={() => void submit()}>
      <DraftNotice draft={draft} />
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
          onChange={(value) => {
            setDecision(value);
            setErrors({});
            setProblem(null);
          }}
          choices={[
            { value: 'return', label: '退回', description: '发起人修改后重新提交', tone: 'red' },
            { value: 'approve', label: '同意', description: '按安排开展谈话', tone: 'green' },
          ]}
        />
      </Section>
      <Field
        label={decision === 'return' ? '退回意见' : '领导审批意见'}
        required
        error={errors.opinion}
        aside={`${opinion.length}/${OPINION_MAX}`}
      >
        <Textarea
          className='zg-block__textarea'
          value={opinion}
          maxlength={-1}
          autoHeight
          placeholder={decision === 'return' ? '写明需要修改或补充的内容' : '如：同意约谈，注意方式方法'}
          onInput={(event) => {
            setOpinion(event.detail.value);
            if (errors.opinion) setErrors({});
          }}
        />
      </Field>
    </InterviewFormLayout>
  );
}
