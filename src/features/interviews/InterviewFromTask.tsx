import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { TaskInterviewLink } from '../../../core/actions/tasks';
import { INTERVIEW_KIND_LABELS, INTERVIEW_STATE_LABELS } from '../../../core/interviews/states';
import type { TaskDetail } from '../../../core/tasks/model';
import { useAction } from '@/api/hooks';
import { interviewPageUrl } from './routes';
import './InterviewFromTask.scss';
import { can } from '../../../core/capabilities';

function Entry({ task, why, underWay }: { task: TaskDetail; why: string; underWay: TaskInterviewLink | null }) {
  const me = useAction('auth.me', {});
  if (!me.data || !can(me.data.member.roles, 'proposesInterviews')) return null;
  // One talk about the item at a time: while one is under way the entry opens it instead of starting another.
  const url = underWay ? interviewPageUrl('detail', { id: underWay.id }) : interviewPageUrl('propose', { taskId: task.id });
  return (
    <View className='zg-iv-from-task' hoverClass='zg-iv-from-task--active' onClick={() => void Taro.navigateTo({ url })}>
      <View className='zg-iv-from-task__main'>
        <View className='zg-iv-from-task__title'>
          {underWay ? `${INTERVIEW_KIND_LABELS[underWay.kind]}正在进行（${INTERVIEW_STATE_LABELS[underWay.state]}）` : '发起提醒谈话'}
        </View>
        <View className='zg-iv-from-task__why'>{underWay ? '查看约谈记录' : `${why}，事项和人员已填好`}</View>
      </View>
      <View className='zg-iv-from-task__arrow' />
    </View>
  );
}

/**
 * On an overdue or returned item, for those who may propose a 约谈 (leaders, the office, the secretary): one tap
 * to a 提醒谈话 with the item, its owner and its 责任领导 filled in.
 */
export function InterviewFromTask({ task, interviews }: { task: TaskDetail; interviews: TaskInterviewLink[] }) {
  const overdue = task.deadlineState.colour === 'red';
  const returned = task.returnRequirement !== null;
  const underWay = interviews.find((link) => link.state !== 'filed') ?? null;
  if (!underWay && !overdue && !returned) return null;
  return <Entry task={task} underWay={underWay} why={overdue && returned ? `${task.deadlineState.label}且被退回` : overdue ? task.deadlineState.label : '销号申请被退回'} />;
}
