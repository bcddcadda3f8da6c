import Taro from '@tarojs/taro';
import type { TaskDetail } from '../../../core/tasks/model';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { taskPageUrl } from '@/features/tasks/routes';

/** The 举一反三 items found while fixing this one: items of their own, each opening its page. */
export function FollowUpItems({ task }: { task: TaskDetail }) {
  if (task.followUps.length === 0) return null;
  return (
    <Section title={`举一反三事项（${task.followUps.length}）`}>
      {task.followUps.map((link) => (
        <ListCell key={link.id} title={link.title} value={TASK_STATUS_LABELS[link.status]} onClick={() => void Taro.navigateTo({ url: taskPageUrl('detail', { id: link.id }) })} />
      ))}
    </Section>
  );
}
