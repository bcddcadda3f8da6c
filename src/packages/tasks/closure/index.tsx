import { useRouter } from '@tarojs/taro';
import { ClosureForm } from '@/features/tasks/ClosureForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function ClosurePage() {
  const { taskId = '' } = useRouter().params;
  return <WithTask taskId={taskId}>{(snapshot) => <ClosureForm snapshot={snapshot} />}</WithTask>;
}
