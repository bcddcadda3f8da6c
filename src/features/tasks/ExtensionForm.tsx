import { useState } from 'react';
import { Picker, Textarea, View } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { requestExtensionInput } from '../../../core/actions/tasks';
import { Field } from '@/components/Field';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { formatDeadline, nextDay } from './format';
import { formatDay, todayInBeijing } from '@/utils/date';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { fieldErrors } from '@/forms/fieldErrors';
import './ExtensionForm.scss';
import { TEXT_LIMITS } from '../../../core/text';


/** 申请延期: why, and until when; the new day must come after the current deadline and today. */
export function ExtensionForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task } = snapshot;
  const [reason, setReason] = useState('');
  const [newDate, setNewDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const request = useMutation('tasks.requestExtension');
  const draft = useDraft({
    scope: `tasks.requestExtension:${task.id}`,
    value: { reason, newDate },
    empty: { reason: '', newDate: '' },
    restore: (saved) => {
      setReason(saved.reason);
      setNewDate(saved.newDate);
    },
  });
  const today = todayInBeijing();
  const earliest = nextDay(task.dueDate && task.dueDate > today ? task.dueDate : today);

  const submit = async () => {
    const input = { taskId: task.id, version: task.version, reason, newDate };
    const problems = fieldErrors(requestExtensionInput, input);
    if (!newDate) problems.newDate = '请选择新的完成时限';
    else if (newDate < earliest) problems.newDate = `新的完成时限应不早于${formatDay(earliest)}`;
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await request.run(input);
    if (result.ok) draft.submitted();
    await finishTaskWrite(task.id, result, '已提交延期申请');
  };

  return (
    <TaskFormLayout task={task} submitLabel='提交延期申请' pending={request.pending} onSubmit={() => void submit()}>
      <DraftNotice draft={draft} />
      <Section title='完成时限'>
        <ListCell title='现时限' value={formatDeadline(task.dueDate, task.deadline)} />
        {task.extensionCount > 0 ? <ListCell title='已延期' value={`${task.extensionCount}次`} /> : null}
      </Section>
      <Field label='申请延至' required error={errors.newDate} hint='由组长审批，同意后按新时限计算剩余时间'>
        <Picker
          mode='date'
          value={newDate || earliest}
          start={earliest}
          onChange={(event) => {
            setNewDate(String(event.detail.value));
            setErrors((current) => ({ ...current, newDate: '' }));
          }}
        >
          <View className={`zg-extension__date ${newDate ? '' : 'zg-extension__date--empty'}`}>
            {newDate ? formatDay(newDate) : '请选择日期'}
            <View className='zg-extension__arrow' />
          </View>
        </Picker>
      </Field>
      <Field label='延期理由' required error={errors.reason} aside={`${reason.length}/${TEXT_LIMITS.extensionReason}`}>
        <Textarea
          className='zg-block__textarea'
          value={reason}
          maxlength={-1}
          autoHeight
          placeholder='说明不能按期完成的原因和后续安排'
          onInput={(event) => {
            setReason(event.detail.value);
            if (errors.reason) setErrors((current) => ({ ...current, reason: '' }));
          }}
        />
      </Field>
    </TaskFormLayout>
  );
}
