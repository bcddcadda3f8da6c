import { Textarea } from '@tarojs/components';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { DraftNotice } from '@/forms/DraftNotice';
import { UploadField } from '@/forms/UploadField';
import { CommitmentsEditor } from './CommitmentsEditor';
import { DateTimeRow, DayRow, InterviewFormLayout, RecordBanner } from './FormBits';
import { formatFull } from './format';
import { addDays } from '../../../core/dashboard/months';
import { TEXT_LIMITS } from '../../../core/text';
import { todayInBeijing } from '@/utils/date';
import { heldEarly, useRecordForm } from './useRecordForm';
import type { RecordDraft } from './useRecordForm';

type TextKey = 'content' | 'statement' | 'requirements';
const TEXTS: { key: TextKey; label: string; max: number; placeholder: string }[] = [
  { key: 'content', label: '谈话内容', max: TEXT_LIMITS.interviewContent, placeholder: '约谈人指出的问题、提出的要求，按谈话顺序记录' },
  { key: 'statement', label: '约谈对象说明/表态', max: TEXT_LIMITS.interviewStatement, placeholder: '约谈对象对问题的说明和表态' },
  { key: 'requirements', label: '整改要求', max: TEXT_LIMITS.interviewRequirements, placeholder: '约谈人提出的整改要求和时限' },
];

/** 谈话记录: what was said and promised, as the 记录人 wrote it down, then the two signatures are asked for. */
export function RecordForm({ snapshot }: { snapshot: GetInterviewOutput }) {
  const { interview } = snapshot;
  const form = useRecordForm(snapshot);
  const { draft, errors, change, attachments } = form;
  return (
    <InterviewFormLayout
      banner={<RecordBanner interview={interview} />}
      submitLabel='保存并请双方签字'
      pending={form.pending}
      busyLabel={attachments.busyLabel}
      problem={form.problem ?? attachments.problem}
      onSubmit={() => void form.save(true)}
      secondary={{ label: '暂存记录', onClick: () => void form.save(false) }}
    >
      <DraftNotice draft={form.formDraft} />
      {interview.state === 'pending_signatures' ? (
        <Notice tone='yellow' title='已请双方签字'>
          还没有人签字，仍可修改；修改后需重新请双方签字。
        </Notice>
      ) : null}
      <Field label='谈话时间' required error={errors.heldAt} hint={interview.plannedAt ? `约谈安排在${formatFull(interview.plannedAt)}；此处填实际谈话时间` : '实际谈话时间'}>
        <DateTimeRow day={draft.day} time={draft.time} end={todayInBeijing()} onDay={(day) => change({ day })} onTime={(time) => change({ time })} />
      </Field>
      {heldEarly(draft.day, interview.plannedAt) ? (
        <Field label='提前谈话原因' required error={errors.earlyReason} aside={`${draft.earlyReason.length}/200`}>
          <Textarea
            className='zg-block__textarea'
            value={draft.earlyReason}
            maxlength={200}
            autoHeight
            placeholder='谈话早于约谈安排的日期，请说明原因'
            onInput={(event) => change({ earlyReason: event.detail.value })}
          />
        </Field>
      ) : null}
      {TEXTS.map((text) => (
        <Field key={text.key} label={text.label} required error={errors[text.key]} aside={`${draft[text.key].length}/${text.max}`}>
          <Textarea
            className='zg-block__textarea'
            value={draft[text.key]}
            maxlength={text.max}
            autoHeight
            placeholder={text.placeholder}
            onInput={(event) => change({ [text.key]: event.detail.value } as Partial<RecordDraft>)}
          />
        </Field>
      ))}
      <Field label='整改承诺' required error={errors.commitments} hint='约谈对象承诺的整改事项，一条一行'>
        <CommitmentsEditor items={draft.commitments} onChange={(commitments) => change({ commitments })} />
      </Field>
      <Field label='整改反馈期限' required error={errors.feedbackDue} hint='归档后，约谈对象须在此日期前提交整改反馈'>
        <DayRow day={draft.feedbackDue} start={todayInBeijing()} suggest={addDays(todayInBeijing(), 30)} placeholder='选择反馈期限' onDay={(feedbackDue) => change({ feedbackDue })} />
      </Field>
      <UploadField label='附件（选填）' error={errors.attachments} uploads={attachments} hint='谈话材料、照片或 PDF、Word 文件' />
    </InterviewFormLayout>
  );
}
