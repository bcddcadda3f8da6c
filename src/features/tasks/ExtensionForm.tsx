import { Picker, Textarea, View } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { requestExtensionInput } from '../../../core/actions/tasks';
import { Field } from '@/components/Field';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useActionForm } from '@/forms/useActionForm';
import { formatDeadline, nextDay } from './format';
import { formatDay, todayInBeijing } from '@/utils/date';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { TEXT_LIMITS } from '../../../core/text';
import './ExtensionForm.scss';

/** 申请延期: why, and until when; the new day must come after the current deadline and today. */
export function ExtensionForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task } = snapshot;
  const request = useMutation('tasks.requestExtension');
  const today = todayInBeijing();
  const earliest = nextDay(task.dueDate && task.dueDate > today ? task.dueDate : today);
  const form = useActionForm({
    schema: requestExtensionInput,
    initial: { reason: '', newDate: '' },
    draftKey: `tasks.requestExtension:${task.id}`,
    check: ({ newDate }) => (!newDate ? { newDate: '请选择新的完成时限' } : newDate < earliest ? { newDate: `新的完成时限应不早于${formatDay(earliest)}` } : {}),
    toInput: ({ reason, newDate }) => ({ taskId: task.id, version: task.version, reason, newDate }),
    submit: (input) => request.run(input),
    finish: (result) => finishTaskWrite(task.id, result, '已提交延期申请'),
  });
  const { reason, newDate } = form.values;

  return (
    <TaskFormLayout task={task} submitLabel='提交延期申请' pending={form.submitting} problem={form.problem} onSubmit={() => void form.submit()}>
      <DraftNotice draft={form.draft} />
      <Section title='完成时限'>
        <ListCell title='现时限' value={formatDeadline(task.dueDate, task.deadline)} />
        {task.extensionCount > 0 ? <ListCell title='已延期' value={`${task.extensionCount}次`} /> : null}
      </Section>
      <Field label='申请延至' required error={form.errors.newDate} hint='由组长审批，同意后按新时限计算剩余时间'>
        <Picker
          mode='date'
          value={newDate || earliest}
          start={earliest}
          onChange={(event) => form.set('newDate')(String(event.detail.value))}
        >
          <View className={`zg-extension__date ${newDate ? '' : 'zg-extension__date--empty'}`}>
            {newDate ? formatDay(newDate) : '请选择日期'}
            <View className='zg-extension__arrow' />
          </View>
        </Picker>
      </Field>
      <Field label='延期理由' required error={form.errors.reason} aside={`${reason.length}/${TEXT_LIMITS.extensionReason}`}>
        <Textarea
          className='zg-block__textarea'
          value={reason}
          maxlength={-1}
          autoHeight
          placeholder='说明不能按期完成的原因和后续安排'
          onInput={(event) => form.set('reason')(event.detail.value)}
        />
      </Field>
    </TaskFormLayout>
  );
}
