import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { decideExtensionInput } from '../../../core/actions/tasks';
import { ChoiceCards } from '@/components/ChoiceCards';
import { EmptyState } from '@/components/EmptyState';
import { Field } from '@/components/Field';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useActionForm } from '@/forms/useActionForm';
import { formatDeadline } from './format';
import { formatMoment } from '@/utils/date';
import { formatDay } from '@/utils/date';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { TEXT_LIMITS } from '../../../core/text';

type Decision = 'approve' | 'refuse';

/** 审批延期: the 组长 sees the request against the current deadline and approves or refuses it. */
export function DecideExtensionForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task } = snapshot;
  const decide = useMutation('tasks.decideExtension');
  const form = useActionForm({
    schema: decideExtensionInput,
    initial: { decision: null as Decision | null, opinion: '' },
    draftKey: `tasks.decideExtension:${task.id}:${task.pendingExtension?.requestedAt ?? ''}`,
    check: ({ decision }) => (decision ? {} : { decision: '请选择是否同意延期' }),
    // Never sent without a decision: check() stops the submit first.
    toInput: ({ decision, opinion }) => ({ taskId: task.id, version: task.version, decision: decision ?? 'approve', opinion }),
    submit: (input) => decide.run(input),
    finish: (result, { decision }) => finishTaskWrite(task.id, result, decision === 'approve' ? '已同意延期' : '已不同意延期'),
  });
  const { decision, opinion } = form.values;
  const request = task.pendingExtension;
  if (!request) return <EmptyState title='没有待审批的延期申请' description='申请可能已被审批，请返回查看' />;

  return (
    <TaskFormLayout task={task} submitLabel='提交审批意见' pending={form.submitting} problem={form.errors.decision ?? form.problem} onSubmit={() => void form.submit()}>
      <DraftNotice draft={form.draft} />
      <Section title='延期申请'>
        <ListCell title='申请人' value={`${request.requestedBy.name}`} description={formatMoment(request.requestedAt)} />
        <ListCell title='现时限' value={formatDeadline(task.dueDate, task.deadline)} />
        <ListCell title='申请延至' value={formatDay(request.newDate)} />
        <ListCell title='延期理由' description={request.reason} />
        {task.extensionCount > 0 ? <ListCell title='此前已延期' value={`${task.extensionCount}次`} /> : null}
      </Section>
      <Section title='审批结果'>
        <ChoiceCards<Decision>
          value={decision}
          onChange={form.set('decision')}
          choices={[
            { value: 'refuse', label: '不同意', description: '按原时限完成', tone: 'red' },
            { value: 'approve', label: '同意', description: `延至${formatDay(request.newDate)}`, tone: 'green' },
          ]}
        />
      </Section>
      <Field label='审批意见（选填）' error={form.errors.opinion} aside={`${opinion.length}/${TEXT_LIMITS.extensionOpinion}`}>
        <Textarea className='zg-block__textarea zg-block__textarea--short' value={opinion} maxlength={-1} placeholder='可填写意见' onInput={(event) => form.set('opinion')(event.detail.value)} />
      </Field>
    </TaskFormLayout>
  );
}
