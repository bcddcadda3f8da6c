import { useRouter } from '@tarojs/taro';
import { OutcomeForm } from '@/features/outcomes/OutcomeForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function OutcomePage() {
  const { taskId = '' } = useRouter().params;
  return <WithTask taskId={taskId}>{(snapshot) => <OutcomeForm snapshot={snapshot} />}</WithTask>;
}
