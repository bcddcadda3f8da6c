import { useRouter } from '@tarojs/taro';
import { isSlotId } from '../../../../core/interviews/fields';
import { SignScreen } from '@/features/interviews/SignScreen';
import { WithRecord } from '@/api/WithRecord';
import { interviewRecords } from '@/features/interviews/interviewRecords';

export default function SignPage() {
  const { id = '', slot = '' } = useRouter().params;
  return <WithRecord records={interviewRecords} id={id}>{(snapshot) => <SignScreen snapshot={snapshot} slotId={isSlotId(slot) ? slot : null} />}</WithRecord>;
}
