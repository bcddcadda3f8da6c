import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { EmptyState } from '@/components/EmptyState';
import { ProgressForm } from '@/features/tasks/ProgressForm';
import { WithRecord } from '@/api/WithRecord';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function ProgressPage() {
  const { taskId = '', progressId = null } = useRouter().params;
  useEffect(() => {
    if (progressId) void Taro.setNavigationBarTitle({ title: '修改进展' });
  }, [progressId]);
  return (
    <WithRecord records={taskRecords} id={taskId}>
      {(snapshot) =>
        progressId && !snapshot.timeline.some((entry) => entry.editable?.progressId === progressId) ? (
          <EmptyState title='这条进展已不能修改' description='进展发布10分钟后不能再修改，可以另报一条进展' />
        ) : (
          <ProgressForm snapshot={snapshot} progressId={progressId} />
        )
      }
    </WithRecord>
  );
}
