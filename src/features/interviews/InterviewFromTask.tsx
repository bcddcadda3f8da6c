import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Role } from '../../../core/roles';
import type { TaskDetail } from '../../../core/tasks/model';
import { useAction } from '@/api/hooks';
import { interviewPageUrl } from './routes';
import './InterviewFromTask.scss';

const PROPOSERS: readonly Role[] = ['leader', 'office', 'secretary'];

function Entry({ task, why }: { task: TaskDetail; why: string }) {
  const me = useAction('auth.me', {});
  if (!me.data?.member.roles.some((role) => PROPOSERS.includes(role))) return null;
  return (
    <View
      className='zg-iv-from-task'
      hoverClass='zg-iv-from-task--active'
      onClick={() => void Taro.navigateTo({ url: interviewPageUrl('propose', { taskId: task.id }) })}
    >
      <View className='zg-iv-from-task__main'>
        <View className='zg-iv-from-task__title'>发起提醒谈话</View>
        <View className='zg-iv-from-task__why'>{why}，事项和人员已填好</View>
      </View>
      <View className='zg-iv-from-task__arrow' />
    </View>
  );
}

/**
 * On an overdue or returned item, for those who may propose a 约谈 (leaders, the office, the secretary): one tap
 * to a 提醒谈话 with the item, its owner and its 责任领导 filled in.
 */
export function InterviewFromTask({ task }: { task: TaskDetail }) {
  const overdue = task.deadlineState.colour === 'red';
  const returned = task.returnRequirement !== null;
  if (!overdue && !returned) return null;
  return <Entry task={task} why={overdue && returned ? `${task.deadlineState.label}且被退回` : overdue ? task.deadlineState.label : '销号申请被退回'} />;
}
