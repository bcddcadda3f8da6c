import { useRouter } from '@tarojs/taro';
import { TextStepForm } from '@/features/interviews/TextStepForm';
import { WithRecord } from '@/api/WithRecord';
import { interviewRecords } from '@/features/interviews/interviewRecords';

export default function FeedbackPage() {
  const { id = '' } = useRouter().params;
  return <WithRecord records={interviewRecords} id={id}>{(snapshot) => <TextStepForm step='feedback' snapshot={snapshot} />}</WithRecord>;
}
