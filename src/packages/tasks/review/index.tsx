import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { ReviewForm } from '@/features/tasks/ReviewForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function ReviewPage() {
  const { taskId = '', step: stepParam } = useRouter().params;
  const step = stepParam === 'signoff' ? 'signoff' : 'review';
  useEffect(() => {
    if (step === 'signoff') void Taro.setNavigationBarTitle({ title: '审定销号' });
  }, [step]);
  return <WithRecord records={taskRecords} id={taskId}>{(snapshot) => <ReviewForm snapshot={snapshot} step={step} />}</WithRecord>;
}
