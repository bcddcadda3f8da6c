import { useRouter } from '@tarojs/taro';
import { TextStepForm } from '@/features/interviews/TextStepForm';
import { WithInterview } from '@/features/interviews/WithInterview';

export default function FeedbackPage() {
  const { id = '' } = useRouter().params;
  return <WithInterview interviewId={id}>{(snapshot) => <TextStepForm step='feedback' snapshot={snapshot} />}</WithInterview>;
}
