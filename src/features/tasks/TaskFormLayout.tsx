import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import type { TaskDetail } from '../../../core/tasks/model';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import './TaskFormLayout.scss';

/**
 * Taro's H5 Button draws its spinner by inserting before a polyfilled slot, which throws once React has put the
 * label there; the words 正在提交… say the same on both targets, the spinner is the mini-program's own.
 */
export const SPINNER = process.env.TARO_ENV !== 'h5';

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
        <Button className='zg-button zg-button--primary' loading={SPINNER && pending} disabled={pending || Boolean(busyLabel)} onClick={onSubmit}>
          {busyLabel ?? (pending ? '正在提交…' : submitLabel)}
        </Button>
      </View>
    </View>
  );
}
