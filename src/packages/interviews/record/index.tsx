import { useRouter } from '@tarojs/taro';
import { RecordForm } from '@/features/interviews/RecordForm';
import { WithInterview } from '@/features/interviews/WithInterview';

export default function RecordPage() {
  const { id = '' } = useRouter().params;
  return <WithInterview interviewId={id}>{(snapshot) => <RecordForm snapshot={snapshot} />}</WithInterview>;
}
