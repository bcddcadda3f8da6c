import { useRouter } from '@tarojs/taro';
import { ExtensionForm } from '@/features/tasks/ExtensionForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function ExtensionPage() {
  const { taskId = '' } = useRouter().params;
  return <WithTask taskId={taskId}>{(snapshot) => <ExtensionForm snapshot={snapshot} />}</WithTask>;
}
