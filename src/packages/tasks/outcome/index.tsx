import { useRouter } from '@tarojs/taro';
import { WithRecord } from '@/api/WithRecord';
import { OutcomeForm } from '@/features/tasks/OutcomeForm';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function OutcomePage() {
  const { taskId = '' } = useRouter().params;
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <OutcomeForm snapshot={snapshot} />}</WithRecord>;
}
