import { useRouter } from '@tarojs/taro';
import { CommentForm } from '@/features/tasks/CommentForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function CommentPage() {
  const { taskId = '' } = useRouter().params;
  return <WithTask taskId={taskId}>{(snapshot) => <CommentForm snapshot={snapshot} />}</WithTask>;
}
