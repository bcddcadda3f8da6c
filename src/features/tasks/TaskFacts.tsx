import { View } from '@tarojs/components';
import type { TaskDetail } from '../../../core/tasks/model';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { formatDeadline } from './format';
import { formatMoment } from '@/utils/date';
import { formatDay } from '@/utils/date';
import { showsDeadline } from './labels';
import './TaskFacts.scss';

const names = (people: { name: string }[], none: string) => (people.length > 0 ? people.map((p) => p.name).join('、') : none);

/** 具体表现 and 成效目标 as the plan wrote them. */
export function TaskProblem({ task }: { task: TaskDetail }) {
  return (
    <>
      {task.manifestations.length > 0 ? (
        <Section title='具体表现'>
          <View className='zg-facts__text'>
            {task.manifestations.map((line, index) => (
              <View key={index} className='zg-facts__line'>
                {task.manifestations.length > 1 ? <View className='zg-facts__index'>{index + 1}.</View> : null}
                <View className='zg-facts__line-text'>{line}</View>
              </View>
            ))}
          </View>
        </Section>
      ) : null}
    </>
  );
}

export function TaskTarget({ task }: { task: TaskDetail }) {
  if (!task.target) return null;
  return (
    <Section title='成效目标'>
      <View className='zg-facts__text'>{task.target}</View>
    </Section>
  );
}

/** Who answers for the item and by when. */
export function TaskOwners({ task }: { task: TaskDetail }) {
  const departments = task.departments.length > 0 ? names(task.departments, '') : task.departmentNames.join('、') || '未分配';
  return (
    <View className='zg-facts-owners'>
      <Section title='责任分工与时限'>
        <ListCell title='责任领导' value={task.leader?.name ?? task.leaderName ?? '未指定'} />
        <ListCell title='责任部门' value={departments} />
        <ListCell title='责任人' value={names(task.assignees, '未指定')} />
        <ListCell title='整改时限' value={formatDeadline(task.dueDate, task.deadline)} />
        {showsDeadline(task) ? <ListCell title='剩余时间' value={<DeadlineBadge colour={task.deadlineState.colour} label={task.deadlineState.label} />} /> : null}
        {task.closedAt ? <ListCell title='销号时间' value={formatMoment(task.closedAt)} /> : null}
        {task.nextReviewDue ? <ListCell title='下次巩固报告' value={formatDay(task.nextReviewDue)} /> : null}
      </Section>
    </View>
  );
}
