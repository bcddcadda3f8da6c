import { Input, Picker, Textarea, View } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { recordOutcomeInput } from '../../../core/actions/outcomes';
import type { RecordOutcomeInput } from '../../../core/actions/outcomes';
import { FUNDS_KINDS, OUTCOME_KIND_LABELS, OUTCOME_KINDS, RULE_NATURES } from '../../../core/outcomes/kinds';
import type { OutcomeKind, RuleNature } from '../../../core/outcomes/kinds';
import { addDays } from '../../../core/dashboard/months';
import { INTERVIEW_KIND_LABELS } from '../../../core/interviews/states';
import { MAX_FILES_PER_POST } from '../../../core/tasks/evidence';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { FormField } from '@/components/FormField';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { TaskFormLayout } from './TaskFormLayout';
import { formatDay, todayInBeijing } from '@/utils/date';
import { finishWriteOnTask } from './taskRecords';
import { DraftNotice } from '@/forms/DraftNotice';
import { UploadField } from '@/forms/UploadField';
import { useActionForm } from '@/forms/useActionForm';
import { useUploads } from '@/forms/useUploads';
import { ACCOUNTABILITY_CHOICES } from '@/utils/outcomeWords';
import './OutcomeForm.scss';

type Values = Record<string, string>;
type FormValues = Values & { kind: OutcomeKind; progressId: string };
const WRITTEN = '';
const FOLLOW_UP_DAYS = 30;

function DateField({ label, value, start, end, error, onChange }: { label: string; value: string; start?: string; end?: string; error?: string; onChange: (day: string) => void }) {
  return (
    <Field label={label} required error={error}>
      <Picker mode='date' value={value || (start ?? end ?? '')} start={start} end={end} onChange={(event) => onChange(String(event.detail.value))}>
        <View className={`zg-outcome__picker ${value ? '' : 'zg-outcome__picker--empty'}`}>{value ? formatDay(value) : '请选择日期'}</View>
      </Picker>
    </Field>
  );
}

function OptionField({ label, options, value, onChange }: { label: string; options: { value: string; label: string }[]; value: string; onChange: (value: string) => void }) {
  const at = Math.max(0, options.findIndex((option) => option.value === value));
  return (
    <Field label={label} required>
      <Picker mode='selector' range={options.map((option) => option.label)} value={at} onChange={(event) => onChange(options[Number(event.detail.value)]?.value ?? '')}>
        <View className='zg-outcome__picker'>{options[at]?.label}</View>
      </Picker>
    </Field>
  );
}

/** Days default to today (an outcome is mostly recorded the day it happened), a 举一反三 deadline to a month on. */
function openingValues(today: string, progressId: string): FormValues {
  return {
    kind: 'rule',
    progressId,
    nature: 'new',
    type: 'criticism',
    fundsType: 'recovered',
    memberId: WRITTEN,
    interviewId: '',
    issuedOn: today,
    decidedOn: today,
    receivedOn: today,
    dueDate: addDays(today, FOLLOW_UP_DAYS),
  };
}

/** The facts of one kind as the schema takes them, from the form's text values. */
function outcomeOf(kind: OutcomeKind, values: Values, files: { fileID: string | null; fileName: string | null }): RecordOutcomeInput['outcome'] {
  switch (kind) {
    case 'rule':
      return { kind, title: values.title ?? '', docNumber: values.docNumber ?? '', issuedOn: values.issuedOn ?? '', nature: (values.nature ?? 'new') as RuleNature, ...files };
    case 'accountability':
      return {
        kind,
        memberId: values.memberId ? values.memberId : null,
        name: values.memberId ? '' : (values.name ?? ''),
        type: (values.type ?? 'criticism') as never,
        decidedOn: values.decidedOn ?? '',
        decidedBy: values.decidedBy ?? '',
        interviewId: values.interviewId ? values.interviewId : null,
      };
    case 'funds':
      return { kind, type: (values.fundsType ?? 'recovered') as never, amountYuan: values.amountYuan ?? '', receivedOn: values.receivedOn ?? '', ...files };
    case 'followUp':
      return { kind, problem: values.problem ?? '', measures: (values.measures ?? '').split('\n').map((line) => line.trim()).filter(Boolean), dueDate: values.dueDate ?? '' };
  }
}

/**
 * 记录整改成果: the owner states what a 进展 achieved — a rule made, someone held accountable, money recovered, a
 * similar problem found — for the 责任领导 to confirm at review. The facts follow core's schema field by field.
 */
export function OutcomeForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task, timeline, interviews } = snapshot;
  const posts = timeline.filter((entry) => entry.kind === 'progress');
  const today = todayInBeijing();
  const evidence = useUploads({ folder: `tasks/${task.id}`, max: MAX_FILES_PER_POST });
  const record = useMutation('outcomes.record');
  const form = useActionForm({
    schema: recordOutcomeInput,
    initial: openingValues(today, posts[0]?.id ?? ''),
    draftKey: `outcomes.record:${task.id}`,
    // The post it was about may have gone meanwhile: fall back to the newest, as the form opens.
    restore: (saved) => (posts.some((post) => post.id === saved.progressId) ? saved : { ...saved, progressId: posts[0]?.id ?? '' }),
    fieldOf: (path) => String((path[0] === 'outcome' ? path[1] : path[0]) ?? ''),
    check: ({ progressId }) => (progressId ? {} : { progressId: '请先发布一条进展，再记录它取得的成果' }),
    blocked: evidence.problem,
    toInput: (values) => {
      const kind = values.kind;
      const files = kind === 'rule' || kind === 'funds' ? { fileID: evidence.fileIDs[0] ?? null, fileName: evidence.fileNames[0] ?? null } : { fileID: null, fileName: null };
      return { taskId: task.id, progressId: values.progressId, outcome: outcomeOf(kind, values, files) };
    },
    submit: (input) => record.run(input),
    finish: (result) => finishWriteOnTask(task.id, result, '已记录，待责任领导确认'),
  });
  const { values, errors } = form;
  const { kind, progressId } = values;
  const text = (field: string, label: string, placeholder: string, max = 100) => (
    <FormField label={label}>
      <Input className='zg-outcome__input' value={values[field] ?? ''} maxlength={max} placeholder={placeholder} onInput={(event) => form.set(field)(event.detail.value)} />
    </FormField>
  );
  const people = [...(task.leader ? [task.leader] : []), ...task.assignees];

  return (
    <TaskFormLayout
      task={task}
      submitLabel='提交成果'
      pending={form.submitting}
      busyLabel={evidence.busyLabel}
      problem={evidence.problem ?? errors.progressId ?? form.problem}
      onSubmit={() => void form.submit()}
    >
      <DraftNotice draft={form.draft} />
      <Field label='成果类别' required>
        <ChoiceCards choices={OUTCOME_KINDS.map((value) => ({ value, label: OUTCOME_KIND_LABELS[value], tone: 'grey' as const }))} value={kind} onChange={form.set('kind')} />
      </Field>
      <Field label='对应进展' required error={errors.progressId} hint='成果随这条进展一起呈报'>
        <Picker mode='selector' range={posts.map((post) => `${post.at.slice(0, 10)} ${post.text ?? ''}`.slice(0, 40))} value={Math.max(0, posts.findIndex((post) => post.id === progressId))} onChange={(event) => form.set('progressId')(posts[Number(event.detail.value)]?.id ?? '')}>
          <View className={`zg-outcome__picker ${progressId ? '' : 'zg-outcome__picker--empty'}`}>{posts.find((post) => post.id === progressId)?.text ?? '尚无进展，请先发布进展'}</View>
        </Picker>
      </Field>
      {kind === 'rule' ? (
        <>
          <Section title='制度'>
            {text('title', '制度名称', '如 专项资金管理办法')}
            {text('docNumber', '文号', '如 青融发〔2026〕12号（选填）', 50)}
          </Section>
          {errors.title ? <View className='zg-outcome__error'>{errors.title}</View> : null}
          <DateField label='印发日期' value={values.issuedOn ?? ''} end={today} error={errors.issuedOn} onChange={form.set('issuedOn')} />
          <Field label='性质' required>
            <ChoiceCards choices={(Object.keys(RULE_NATURES) as RuleNature[]).map((value) => ({ value, label: RULE_NATURES[value], tone: 'grey' as const }))} value={(values.nature ?? 'new') as RuleNature} onChange={form.set('nature')} />
          </Field>
          <UploadField label='制度文件（选填，一个）' uploads={evidence} />
        </>
      ) : null}
      {kind === 'accountability' ? (
        <>
          <OptionField label='被问责人' options={[{ value: WRITTEN, label: '填写姓名' }, ...people.map((person) => ({ value: person.id, label: person.name }))]} value={values.memberId ?? WRITTEN} onChange={form.set('memberId')} />
          {values.memberId ? null : (
            <Section>
              {text('name', '姓名', '如 某某（仅办公室、书记和责任领导可见）', 20)}
            </Section>
          )}
          {errors.name ? <View className='zg-outcome__error'>{errors.name}</View> : null}
          <OptionField label='问责方式' options={ACCOUNTABILITY_CHOICES} value={values.type ?? 'criticism'} onChange={form.set('type')} />
          <DateField label='决定日期' value={values.decidedOn ?? ''} end={today} error={errors.decidedOn} onChange={form.set('decidedOn')} />
          <Section>{text('decidedBy', '决定机关', '如 中心党组、县纪委监委', 50)}</Section>
          {errors.decidedBy ? <View className='zg-outcome__error'>{errors.decidedBy}</View> : null}
          {interviews.length > 0 ? (
            <OptionField label='关联约谈' options={[{ value: '', label: '不关联' }, ...interviews.map((talk) => ({ value: talk.id, label: `${INTERVIEW_KIND_LABELS[talk.kind]} ${talk.plannedAt?.slice(0, 10) ?? ''}` }))]} value={values.interviewId ?? ''} onChange={form.set('interviewId')} />
          ) : null}
        </>
      ) : null}
      {kind === 'funds' ? (
        <>
          <OptionField label='资金类别' options={FUNDS_KINDS.map((entry) => ({ value: entry.id, label: entry.label }))} value={values.fundsType ?? 'recovered'} onChange={form.set('fundsType')} />
          <Section>
            <FormField label='金额（元）'>
              <Input className='zg-outcome__input' type='digit' value={values.amountYuan ?? ''} placeholder='如 12345.67' onInput={(event) => form.set('amountYuan')(event.detail.value)} />
            </FormField>
          </Section>
          {errors.amountYuan ? <View className='zg-outcome__error'>{errors.amountYuan}</View> : null}
          <DateField label='到账日期' value={values.receivedOn ?? ''} end={today} error={errors.receivedOn} onChange={form.set('receivedOn')} />
          <UploadField label='凭证（选填，一个）' uploads={evidence} />
        </>
      ) : null}
      {kind === 'followUp' ? (
        <>
          <Field label='发现的问题' required error={errors.problem}>
            <Textarea className='zg-block__textarea' value={values.problem ?? ''} maxlength={500} autoHeight placeholder='整改中发现的同类问题' onInput={(event) => form.set('problem')(event.detail.value)} />
          </Field>
          <Field label='整改措施' required error={errors.measures} hint='每行一条；确认后成为本事项下的举一反三事项，由您负责整改'>
            <Textarea className='zg-block__textarea' value={values.measures ?? ''} maxlength={3000} autoHeight placeholder={'一行一条措施'} onInput={(event) => form.set('measures')(event.detail.value)} />
          </Field>
          <DateField label='整改时限' value={values.dueDate ?? ''} start={today} error={errors.dueDate} onChange={form.set('dueDate')} />
        </>
      ) : null}
    </TaskFormLayout>
  );
}
