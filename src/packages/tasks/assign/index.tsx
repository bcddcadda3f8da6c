import { useRouter } from '@tarojs/taro';
import { AssignForm } from '@/features/tasks/AssignForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function AssignPage() {
  const { taskId = '' } = useRouter().params;
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <AssignForm snapshot={snapshot} />}</WithRecord>;
}
