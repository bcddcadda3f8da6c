import { useRouter } from '@tarojs/taro';
import { ApproveForm } from '@/features/interviews/ApproveForm';
import { WithInterview } from '@/features/interviews/WithInterview';

export default function ApprovePage() {
  const { id = '' } = useRouter().params;
  return <WithInterview interviewId={id}>{(snapshot) => <ApproveForm snapshot={snapshot} />}</WithInterview>;
}
