import { useRouter } from '@tarojs/taro';
import { CommentForm } from '@/features/tasks/CommentForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function CommentPage() {
  const { taskId = '' } = useRouter().params;
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <CommentForm snapshot={snapshot} />}</WithRecord>;
}
