import { useRouter } from '@tarojs/taro';
import { DecideExtensionForm } from '@/features/tasks/DecideExtensionForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function DecideExtensionPage() {
  const { taskId = '' } = useRouter().params;
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <DecideExtensionForm snapshot={snapshot} />}</WithRecord>;
}
