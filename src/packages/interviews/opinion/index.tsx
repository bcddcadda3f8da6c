import { useRouter } from '@tarojs/taro';
import { TextStepForm } from '@/features/interviews/TextStepForm';
import { WithInterview } from '@/features/interviews/WithInterview';

export default function OpinionPage() {
  const { id = '' } = useRouter().params;
  return <WithInterview interviewId={id}>{(snapshot) => <TextStepForm step='opinion' snapshot={snapshot} />}</WithInterview>;
}
