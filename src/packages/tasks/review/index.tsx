import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { ReviewForm } from '@/features/tasks/ReviewForm';
import { WithTask } from '@/features/tasks/WithTask';

export default function ReviewPage() {
  const { taskId = '', step: stepParam } = useRouter().params;
  const step = stepParam === 'signoff' ? 'signoff' : 'review';
  useEffect(() => {
    if (step === 'signoff') void Taro.setNavigationBarTitle({ title: '审定销号' });
  }, [step]);
  return <WithTask taskId={taskId}>{(snapshot) => <ReviewForm snapshot={snapshot} step={step} />}</WithTask>;
}
