import { View } from '@tarojs/components';
import type { TaskListItem } from '../../../core/tasks/model';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import { StatusTag } from '@/components/StatusTag';
import { formatShortDate, problemLabel } from './format';
import { STATUS_TONES, showsDeadline } from './labels';
import './TaskRow.scss';

type Props = { task: TaskListItem; onOpen: (task: TaskListItem) => void };

/** One row of 我的事项: what the problem is, whose it is, and how much time is left. */
export function TaskRow({ task, onOpen }: Props) {
  const owners = task.departmentNames.length > 0 ? task.departmentNames.join('、') : '未分配部门';
  return (
    <View className='zg-task-row' hoverClass='zg-task-row--active' onClick={() => onOpen(task)}>
      <View className='zg-task-row__head'>
        <View className='zg-task-row__title'>{task.title}</View>
        {task.waiting ? <StatusTag tone='red'>{task.waiting}</StatusTag> : null}
        <StatusTag tone={STATUS_TONES[task.status]}>{TASK_STATUS_LABELS[task.status]}</StatusTag>
      </View>
      <View className='zg-task-row__meta'>
        {owners}
        {task.leaderName ? ` · ${task.leaderName}` : ''}
      </View>
      <View className='zg-task-row__aspect'>
        {task.number ? `${problemLabel(task.number)} · ` : ''}
        {task.aspectTitle}
      </View>
      <View className='zg-task-row__foot'>
        {showsDeadline(task) ? <DeadlineBadge colour={task.deadlineState.colour} label={task.deadlineState.label} /> : null}
        <View className='zg-task-row__progress'>
          {task.latestProgressAt ? `最近进展 ${formatShortDate(task.latestProgressAt)}` : '暂无进展'}
        </View>
      </View>
    </View>
  );
}
