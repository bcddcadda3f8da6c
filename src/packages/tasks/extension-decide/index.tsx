import { useRouter } from '@tarojs/taro';
import { DecideExtensionForm } from '@/features/tasks/DecideExtensionForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function DecideExtensionPage() {
  const { taskId = '' } = useRouter().params;
  return <WithTask taskId={taskId}>{(snapshot) => <DecideExtensionForm snapshot={snapshot} />}</WithTask>;
}
