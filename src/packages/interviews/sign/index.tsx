import { useRouter } from '@tarojs/taro';
import { isSlotId } from '../../../../core/interviews/fields';
import { SignScreen } from '@/features/interviews/SignScreen';
import { WithInterview } from '@/features/interviews/WithInterview';

export default function SignPage() {
  const { id = '', slot = '' } = useRouter().params;
  return <WithInterview interviewId={id}>{(snapshot) => <SignScreen snapshot={snapshot} slotId={isSlotId(slot) ? slot : null} />}</WithInterview>;
}
