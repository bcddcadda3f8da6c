import { useState } from 'react';
import { Textarea } from '@tarojs/components';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { ChoiceCards } from '@/components/ChoiceCards';
import { EmptyState } from '@/components/EmptyState';
import { Field } from '@/components/Field';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { useMutation } from '@/api/hooks';
import { DraftNotice } from '@/forms/DraftNotice';
import { useDraft } from '@/forms/drafts';
import { formatDeadline, formatMoment } from './format';
import { formatDay } from '@/utils/date';
import { TaskFormLayout } from './TaskFormLayout';
import { finishTaskWrite } from './taskRecords';
import { TEXT_LIMITS } from '../../../core/text';

type Decision = 'approve' | 'refuse';

/** 审批延期: the 组长 sees the request against the current deadline and approves or refuses it. */
export function DecideExtensionForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const { task } = snapshot;
  const [decision, setDecision] = useState<Decision | null>(null);
  const [opinion, setOpinion] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const decide = useMutation('tasks.decideExtension');
  const draft = useDraft<{ decision: Decision | null; opinion: string }>({
    scope: `tasks.decideExtension:${task.id}:${task.pendingExtension?.requestedAt ?? ''}`,
    value: { decision, opinion },
    empty: { decision: null, opinion: '' },
    restore: (saved) => {
      setDecision(saved.decision);
      setOpinion(saved.opinion);
    },
  });
  const request = task.pendingExtension;
  if (!request) return <EmptyState title='没有待审批的延期申请' description='申请可能已被审批，请返回查看' />;

  const submit = async () => {
    if (!decision) return setProblem('请选择是否同意延期');
    const result = await decide.run({ taskId: task.id, version: task.version, decision, opinion });
    if (result.ok) draft.submitted();
    await finishTaskWrite(task.id, result, decision === 'approve' ? '已同意延期' : '已不同意延期');
  };

  return (
    <TaskFormLayout task={task} submitLabel='提交审批意见' pending={decide.pending} problem={problem} onSubmit={() => void submit()}>
      <DraftNotice draft={draft} />
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
          onChange={(value) => {
            setDecision(value);
            setProblem(null);
          }}
          choices={[
            { value: 'refuse', label: '不同意', description: '按原时限完成', tone: 'red' },
            { value: 'approve', label: '同意', description: `延至${formatDay(request.newDate)}`, tone: 'green' },
          ]}
        />
      </Section>
      <Field label='审批意见（选填）' aside={`${opinion.length}/${TEXT_LIMITS.extensionOpinion}`}>
        <Textarea className='zg-block__textarea zg-block__textarea--short' value={opinion} maxlength={-1} placeholder='可填写意见' onInput={(event) => setOpinion(event.detail.value)} />
      </Field>
    </TaskFormLayout>
  );
}
