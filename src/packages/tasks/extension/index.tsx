import { useRouter } from '@tarojs/taro';
import { ExtensionForm } from '@/features/tasks/ExtensionForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function ExtensionPage() {
  const { taskId = '' } = useRouter().params;
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <ExtensionForm snapshot={snapshot} />}</WithRecord>;
}
