import { Textarea } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { MAX_INTERVIEW_ATTACHMENTS, addDeptOpinionInput, feedbackInterviewInput, reviseInterviewInput } from '../../../core/actions/interviews';
import { callApi } from '@/api/client';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { DraftNotice } from '@/forms/DraftNotice';
import type { FieldOf } from '@/forms/schemaErrors';
import { UploadField } from '@/forms/UploadField';
import { useActionForm } from '@/forms/useActionForm';
import { useUploads } from '@/forms/useUploads';
import { TEXT_LIMITS } from '../../../core/text';
import { formatDay } from '@/utils/date';
import { InterviewFormLayout, RecordBanner } from './FormBits';
import { finishInterviewWrite, settle } from './interviewRecords';
import { formErrorsOf, interviewFieldOf } from './writeErrors';

export type TextStep = 'opinion' | 'feedback' | 'revise';

const STEPS = {
  opinion: { label: '组织实施部门意见', max: TEXT_LIMITS.deptOpinion, placeholder: '如：约谈程序规范，记录完整，同意归档。', submit: '提交部门意见', done: '已填写部门意见' },
  feedback: { label: '整改反馈', max: TEXT_LIMITS.interviewFeedback, placeholder: '按整改要求和承诺逐条说明完成情况', submit: '提交整改反馈', done: '已提交整改反馈' },
  revise: { label: '更正原因', max: TEXT_LIMITS.revisionReason, placeholder: '说明需要更正的内容和原因', submit: '创建更正版本', done: '已创建更正版本' },
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
  const attachments = useUploads({ folder: `interviews/${interview.id}`, max: MAX_INTERVIEW_ATTACHMENTS });
  // The input's own name for the text is reported under the one text field.
  const key = step === 'feedback' ? 'text' : step === 'opinion' ? 'opinion' : 'reason';
  const fieldOf: FieldOf = (path) => (path[0] === key ? 'text' : path[0] === 'fileNames' ? 'fileIDs' : interviewFieldOf(path));
  const form = useActionForm({
    schema: step === 'opinion' ? addDeptOpinionInput : step === 'feedback' ? feedbackInterviewInput : reviseInterviewInput,
    initial: { text: '' },
    draftKey: `interviews.${step}:${interview.id}`,
    fieldOf,
    serverErrors: (error) => formErrorsOf(error, fieldOf),
    toInput: ({ text }) => ({ interviewId: interview.id, [key]: text, ...(step === 'feedback' ? { fileIDs: attachments.fileIDs, fileNames: attachments.fileNames } : {}) }),
    submit: (_input, { text }) =>
      settle(
        step === 'opinion'
          ? callApi('interviews.addDeptOpinion', { interviewId: interview.id, opinion: text })
          : step === 'feedback'
            ? callApi('interviews.feedback', { interviewId: interview.id, text, fileIDs: attachments.fileIDs, fileNames: attachments.fileNames })
            : callApi('interviews.revise', { interviewId: interview.id, reason: text }),
      ),
    finish: (result) => finishInterviewWrite(interview.id, result, meta.done),
  });
  const { text } = form.values;

  return (
    <InterviewFormLayout
      banner={<RecordBanner interview={interview} />}
      submitLabel={meta.submit}
      pending={form.submitting}
      busyLabel={attachments.busyLabel}
      problem={form.problem ?? attachments.problem}
      onSubmit={() => void form.submit()}
    >
      <DraftNotice draft={form.draft} />
      <Intro step={step} snapshot={snapshot} />
      <Field label={meta.label} required error={form.errors.text} aside={`${text.length}/${meta.max}`}>
        <Textarea
          className='zg-block__textarea'
          value={text}
          maxlength={-1}
          autoHeight
          placeholder={meta.placeholder}
          onInput={(event) => form.set('text')(event.detail.value)}
        />
      </Field>
      {step === 'feedback' ? (
        <UploadField label='佐证材料（选填）' error={form.errors.fileIDs} uploads={attachments} hint='照片或 PDF、Word、Excel 文件' />
      ) : null}
    </InterviewFormLayout>
  );
}
