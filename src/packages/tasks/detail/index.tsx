import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useRecord } from '@/api/useRecord';
import { ActionBarSpacer } from '@/components/ActionBar';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { InterviewFromTask } from '@/features/interviews/InterviewFromTask';
import { TaskInterviews } from '@/features/interviews/TaskInterviews';
import { FollowUpItems } from '@/features/outcomes/FollowUpItems';
import { TaskOutcomes } from '@/features/outcomes/TaskOutcomes';
import { ReminderPrompt } from '@/features/reminders/ReminderPrompt';
import { ClosureSummary } from '@/features/tasks/ClosureSummary';
import { MeasureList } from '@/features/tasks/MeasureList';
import { MeasureSheet } from '@/features/tasks/MeasureSheet';
import { TaskActions } from '@/features/tasks/TaskActions';
import { TaskOwners, TaskProblem, TaskTarget } from '@/features/tasks/TaskFacts';
import { TaskHeader } from '@/features/tasks/TaskHeader';
import { TaskNotices } from '@/features/tasks/TaskNotices';
import { TaskTimeline } from '@/features/tasks/TaskTimeline';
import { taskPageUrl } from '@/features/tasks/routes';
import { useMeasureSheet } from '@/features/tasks/useMeasureSheet';
import { taskRecords } from '@/features/tasks/taskRecords';

export default function TaskDetailPage() {
  const taskId = useRouter().params.id ?? '';
  const detail = useRecord(taskRecords, taskId);
  const sheet = useMeasureSheet(taskId, detail.apply, () => void detail.reload());
  usePullDownRefresh(() => {
    void detail.reload().finally(() => void Taro.stopPullDownRefresh());
  });

  if (!detail.data) return detail.error ? <ErrorState error={detail.error} onRetry={detail.retry} /> : <Loading />;
  const { task, timeline, can, interviews } = detail.data;
  const go = (page: Parameters<typeof taskPageUrl>[0], params: Record<string, string> = {}) =>
    void Taro.navigateTo({ url: taskPageUrl(page, { taskId, ...params }) });

  return (
    <View>
      <TaskHeader task={task} />
      <TaskNotices task={task} can={can} />
      {/* One's own item (whoever reports its progress): the moment to offer WeChat reminders. */}
      <ReminderPrompt active={can.progress} />
      <InterviewFromTask task={task} interviews={interviews} />
      <TaskProblem task={task} />
      <MeasureList measures={task.measures} editable={can.markMeasure} onOpen={sheet.open} />
      <TaskTarget task={task} />
      <TaskOwners task={task} />
      <TaskOutcomes task={task} canRecord={can.progress} />
      <FollowUpItems task={task} />
      {task.closure ? <ClosureSummary closure={task.closure} /> : null}
      <TaskInterviews interviews={interviews} />
      <TaskTimeline entries={timeline} onEditProgress={(entry) => entry.editable && go('progress', { progressId: entry.editable.progressId })} />
      <ActionBarSpacer />
      <TaskActions can={can} onGo={go} />
      <MeasureSheet measure={sheet.measure} saving={sheet.saving} onSave={(change) => void sheet.save(change)} onClose={sheet.close} />
    </View>
  );
}
