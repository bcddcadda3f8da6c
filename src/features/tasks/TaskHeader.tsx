import { View } from '@tarojs/components';
import type { TaskDetail } from '../../../core/tasks/model';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import { StatusTag } from '@/components/StatusTag';
import { problemLabel } from './format';
import { STATUS_TONES, showsDeadline } from './labels';
import './TaskHeader.scss';

/** The top of an item: which 方面, the 问题 itself, where it stands and how much time is left. */
export function TaskHeader({ task }: { task: TaskDetail }) {
  return (
    <View className='zg-task-head'>
      <View className='zg-task-head__aspect'>
        {task.number ? `${problemLabel(task.number)} · ` : ''}
        {task.aspectTitle}
      </View>
      <View className='zg-task-head__title'>{task.title}</View>
      <View className='zg-task-head__tags'>
        <StatusTag tone={STATUS_TONES[task.status]}>{TASK_STATUS_LABELS[task.status]}</StatusTag>
        {showsDeadline(task) ? <DeadlineBadge colour={task.deadlineState.colour} label={task.deadlineState.label} /> : null}
        {task.extensionCount > 0 ? <StatusTag tone='grey'>已延期{task.extensionCount}次</StatusTag> : null}
      </View>
    </View>
  );
}
