import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { addDeptOpinionInput, feedbackInterviewInput, reviseInterviewInput } from '../../../core/actions/interviews';
import { MAX_INTERVIEW_ATTACHMENTS } from '../../../core/actions/interviews';
import { callApi, toApiError } from '@/api/client';
import type { MutationResult } from '@/api/hooks';
import { EvidencePicker } from '@/components/EvidencePicker';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { openEvidence } from '@/components/EvidenceGallery/openEvidence';
import { InterviewFormLayout, RecordBanner } from './FormBits';
import { formatDay } from '@/utils/date';
import { useAttachments } from './useAttachments';
import { finishInterviewWrite } from './interviewRecords';
import { schemaErrors } from './writeErrors';
import type { FormErrors } from './writeErrors';

export type TextStep = 'opinion' | 'feedback' | 'revise';

const STEPS = {
  opinion: { label: '组织实施部门意见', max: 1000, placeholder: '如：约谈程序规范，记录完整，同意归档。', submit: '提交部门意见', done: '已填写部门意见' },
  feedback: { label: '整改反馈', max: 3000, placeholder: '按整改要求和承诺逐条说明完成情况', submit: '提交整改反馈', done: '已提交整改反馈' },
  revise: { label: '更正原因', max: 500, placeholder: '说明需要更正的内容和原因', submit: '创建更正版本', done: '已创建更正版本' },
} as const;

function Intro({ step, snapshot }: { step: TextStep; snapshot: GetInterviewOutput }): ReactNode {
  const { interview } = snapshot;
  if (step === 'opinion') return <Notice tone='blue' title='记录已签字封存'>部门意见填写后与封存内容一并校验，只能填写一次。</Notice>;
  if (step === 'feedback') {
    return (
      <Notice tone={interview.feedbackState === 'overdue' ? 'red' : 'blue'} title={interview.feedbackDue ? `反馈期限：${formatDay(interview.feedbackDue)}` : '整改反馈'}>
        {interview.record?.requirements ? `整改要求：${interview.record.requirements}` : undefined}
      </Notice>
    );
  }
  return (
    <Notice tone='yellow' title={`更正第${interview.revision}版`}>
      已封存的第{interview.revision}版保持原样可查；更正版本回到“已谈话”，由记录人修改后请双方重新签字。
    </Notice>
  );
}

/** A step that is one piece of text: the 组织实施部门意见, the 对象's 整改反馈 (with evidence), a correction's reason. */
export function TextStepForm({ step, snapshot }: { step: TextStep; snapshot: GetInterviewOutput }) {
  const { interview } = snapshot;
  const meta = STEPS[step];
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const attachments = useAttachments(interview.id);
  const draft = useDraft({ scope: `interviews.${step}:${interview.id}`, value: { text }, empty: { text: '' }, restore: (saved) => setText(saved.text) });

  const submit = async () => {
    const key = step === 'feedback' ? 'text' : step === 'opinion' ? 'opinion' : 'reason';
    const input =
      step === 'opinion'
        ? { interviewId: interview.id, opinion: text }
        : step === 'feedback'
          ? { interviewId: interview.id, text, fileIDs: attachments.fileIDs }
          : { interviewId: interview.id, reason: text };
    const schema = step === 'opinion' ? addDeptOpinionInput : step === 'feedback' ? feedbackInterviewInput : reviseInterviewInput;
    const found = schemaErrors(schema, input);
    setErrors(found[key] ? { text: found[key] } : found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    let result: MutationResult<'interviews.get'>;
    try {
      const data =
        step === 'opinion'
          ? await callApi('interviews.addDeptOpinion', { interviewId: interview.id, opinion: text })
          : step === 'feedback'
            ? await callApi('interviews.feedback', { interviewId: interview.id, text, fileIDs: attachments.fileIDs })
            : await callApi('interviews.revise', { interviewId: interview.id, reason: text });
      result = { ok: true, data };
    } catch (failure) {
      result = { ok: false, error: toApiError(failure) };
    } finally {
      setPending(false);
    }
    if (result.ok) draft.submitted();
    const outcome = await finishInterviewWrite(interview.id, result, meta.done);
    if (!outcome.ok) {
      const fields = outcome.fields;
      setErrors(fields[key] ? { text: fields[key] } : fields);
      setProblem(outcome.message);
    }
  };

  return (
    <InterviewFormLayout
      banner={<RecordBanner interview={interview} />}
      submitLabel={meta.submit}
      pending={pending}
      busyLabel={attachments.uploading ? '正在上传附件…' : null}
      problem={problem ?? (attachments.failed ? '有附件上传失败，请点击重试或移除' : null)}
      onSubmit={() => void submit()}
    >
      <DraftNotice draft={draft} />
      <Intro step={step} snapshot={snapshot} />
      <Field label={meta.label} required error={errors.text} aside={`${text.length}/${meta.max}`}>
        <Textarea
          className='zg-block__textarea'
          value={text}
          maxlength={-1}
          autoHeight
          placeholder={meta.placeholder}
          onInput={(event) => {
            setText(event.detail.value);
            if (errors.text) setErrors({});
          }}
        />
      </Field>
      {step === 'feedback' ? (
        <Field label='佐证材料（选填）' error={errors.fileIDs}>
          <EvidencePicker
            tiles={attachments.tiles}
            max={MAX_INTERVIEW_ATTACHMENTS}
            onAdd={() => void attachments.add()}
            onRemove={attachments.remove}
            onRetry={attachments.retry}
            onOpen={(tile) => void openEvidence(tile, attachments.tiles)}
            hint='照片或 PDF、Word、Excel 文件'
          />
        </Field>
      ) : null}
    </InterviewFormLayout>
  );
}
