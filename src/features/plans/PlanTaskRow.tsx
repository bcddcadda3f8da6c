import { View } from '@tarojs/components';
import type { TaskSummary } from '../../../core/tasks/model';
import type { DeadlineColour } from '../../../core/tasks/deadline';
import { StatusTag } from '@/components/StatusTag';
import { deadlineTag, statusTag } from './taskTags';
import './PlanPages.scss';

type Props = { task: TaskSummary; state: { colour: DeadlineColour; label: string }; thisYear: number };

/** One item of a plan: 序号, title, who owns it, its deadline chip and status. */
export function PlanTaskRow({ task, state, thisYear }: Props) {
  const deadline = deadlineTag(task.deadline, task.dueDate, state, thisYear);
  const status = statusTag(task.status);
  const owners = [task.departmentNames.join('、'), task.leaderName].filter(Boolean).join(' · ');
  return (
    <View className='zg-plan-task'>
      <View className='zg-plan-task__seq'>{task.seq}</View>
      <View className='zg-plan-task__main'>
        <View className='zg-plan-task__title'>{task.title}</View>
        <View className='zg-plan-task__owners'>{owners || '未填写责任部门'}</View>
        <View className='zg-plan-task__tags'>
          <StatusTag tone={deadline.tone}>{deadline.label}</StatusTag>
          <StatusTag tone={status.tone}>{status.label}</StatusTag>
        </View>
      </View>
    </View>
  );
}
