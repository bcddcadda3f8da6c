import { useRouter } from '@tarojs/taro';
import { ClosureForm } from '@/features/tasks/ClosureForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function ClosurePage() {
  const { taskId = '' } = useRouter().params;
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <ClosureForm snapshot={snapshot} />}</WithRecord>;
}
