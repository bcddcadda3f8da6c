import { useRouter } from '@tarojs/taro';
import { RecordForm } from '@/features/interviews/RecordForm';
import { WithRecord } from '@/api/WithRecord';
import { interviewRecords } from '@/features/interviews/interviewRecords';

export default function RecordPage() {
  const { id = '' } = useRouter().params;
  return <WithRecord records={interviewRecords} id={id}>{(snapshot) => <RecordForm snapshot={snapshot} />}</WithRecord>;
}
