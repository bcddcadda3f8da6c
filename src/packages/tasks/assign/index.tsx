import { useRouter } from '@tarojs/taro';
import { AssignForm } from '@/features/tasks/AssignForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function AssignPage() {
  const { taskId = '' } = useRouter().params;
  return <WithTask taskId={taskId}>{(snapshot) => <AssignForm snapshot={snapshot} />}</WithTask>;
}
