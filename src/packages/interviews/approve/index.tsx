import { useRouter } from '@tarojs/taro';
import { ApproveForm } from '@/features/interviews/ApproveForm';
import { WithRecord } from '@/api/WithRecord';
import { interviewRecords } from '@/features/interviews/interviewRecords';

export default function ApprovePage() {
  const { id = '' } = useRouter().params;
  return <WithRecord records={interviewRecords} id={id}>{(snapshot) => <ApproveForm snapshot={snapshot} />}</WithRecord>;
}
