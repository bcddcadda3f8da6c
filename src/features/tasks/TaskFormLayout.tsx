import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import type { TaskDetail } from '../../../core/tasks/model';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import './TaskFormLayout.scss';

type Props = {
  task: TaskDetail;
  children: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** Set while files are still uploading: the button says so instead of submitting half the evidence. */
  busyLabel?: string | null;
  /** A problem not tied to one field, under the button. */
  problem?: string | null;
  onSubmit: () => void;
};

/** A form about one item: which item it is on top, the fields, and one big button at the end. */
export function TaskFormLayout({ task, children, submitLabel, pending, busyLabel, problem, onSubmit }: Props) {
  return (
    <View className='zg-task-form'>
      <View className='zg-task-form__item'>
        <View className='zg-task-form__title'>{task.title}</View>
        <View className='zg-task-form__meta'>
          <DeadlineBadge colour={task.deadlineState.colour} label={task.deadlineState.label} />
          <View className='zg-task-form__aspect'>{task.aspectTitle}</View>
        </View>
      </View>
      {children}
      <View className='zg-page-actions'>
        {problem ? (
          <View className='zg-task-form__problem' role='alert'>
            {problem}
          </View>
        ) : null}
        <Button className='zg-button zg-button--primary' loading={pending} disabled={pending || Boolean(busyLabel)} onClick={onSubmit}>
          {busyLabel ?? submitLabel}
        </Button>
      </View>
    </View>
  );
}
