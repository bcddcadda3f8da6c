import { Button, View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Skeleton } from '@/components/Skeleton';
import { ExportStatus } from '@/features/exports/ExportStatus';
import { NoticeView } from '@/features/exports/NoticeView';
import { useExport } from '@/features/exports/useExport';
import { useNotice } from '@/features/exports/useNotice';
import { PlanScopePicker } from '@/components/PlanScopePicker/PlanScopePicker';
import '@/features/exports/exports.scss';

export default function NoticePage() {
  const { notice, isOffice, mayExport, pending, toggle, plans, planId, setPlanId, scope } = useNotice();
  const exporting = useExport('exports.publicNotice');
  if (notice.error && !notice.data) return <ErrorState error={notice.error} onRetry={notice.reload} />;
  if (!notice.data) return <Skeleton rows={5} />;
  return (
    <View>
      <PlanScopePicker plans={plans} value={planId} onChange={setPlanId} />
      <NoticeView notice={notice.data} editable={isOffice} pending={pending} onToggle={(taskId, internal) => void toggle(taskId, internal)} />
      {mayExport ? (
        <View className='zg-export__block'>
          <Button className='zg-button zg-button--primary' disabled={exporting.busy} loading={exporting.state.phase === 'making'} onClick={() => void exporting.run(scope)}>
            导出公示文件（Word）
          </Button>
          <ExportStatus state={exporting.state} />
        </View>
      ) : null}
    </View>
  );
}
