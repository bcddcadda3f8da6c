import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Skeleton } from '@/components/Skeleton';
import { BreakdownCard } from '@/features/dashboard/BreakdownCard';
import { ColourCard } from '@/features/dashboard/ColourCard';
import { DashboardFilters } from '@/features/dashboard/DashboardFilters';
import { InterviewCard } from '@/features/dashboard/InterviewCard';
import { OutcomesCard } from '@/features/dashboard/OutcomesCard';
import { MineCard } from '@/features/dashboard/MineCard';
import { OverdueCard } from '@/features/dashboard/OverdueCard';
import { PaperworkCard } from '@/features/dashboard/PaperworkCard';
import { StatusCard } from '@/features/dashboard/StatusCard';
import { SummaryCard } from '@/features/dashboard/SummaryCard';
import { TrendCard } from '@/features/dashboard/TrendCard';
import { useDashboard } from '@/features/dashboard/useDashboard';
import emptyImage from '@/assets/empty/stats.png';
import '@/features/dashboard/dashboard.scss';
import { can } from '../../../core/capabilities';

export default function StatsPage() {
  const view = useDashboard();
  const { summary, roles } = view;
  const mayReport = roles ? can(roles, 'writesReports') : false;

  if (view.me.error) return <ErrorState error={view.me.error} onRetry={view.me.reload} />;
  if (!roles) return <Skeleton rows={4} />;
  if (!view.oversees) {
    return (
      <View>
        <View className='zg-dash-cadre'>统计面向责任领导、领导小组办公室和组长。您负责的事项及其进度在「整改事项」中查看，也可以导出为台账。</View>
        <PaperworkCard filtered={false} mayReport={false} onExports={view.openExports} onNotice={view.openNotice} />
      </View>
    );
  }

  const data = summary.data;
  return (
    <View className='zg-dash'>
      <DashboardFilters filter={view.filter} filtered={view.filtered} options={view.options} onChange={view.change} onClear={view.clear} />
      {!data ? (
        summary.error ? (
          <ErrorState error={summary.error} onRetry={summary.reload} />
        ) : (
          <Skeleton rows={5} />
        )
      ) : data.totals.total === 0 && !view.filtered ? (
        <EmptyState image={emptyImage} title='暂无统计' description='方案导入后，这里按方面、部门和责任领导统计整改进度' />
      ) : (
        <View>
          <SummaryCard summary={data} filtered={view.filtered} onOpen={view.openFigure} />
          {data.mine && data.mine.total < data.totals.total ? <MineCard mine={data.mine} onOpen={() => view.change({ leaderId: view.memberId })} /> : null}
          <View className='zg-dash-title'>三色预警</View>
          <ColourCard byColour={data.byColour} onOverdue={() => view.change({ overdueOnly: true })} />
          <View className='zg-dash-title'>逾期事项（{data.totals.overdue + data.totals.consolidationOverdue}）</View>
          <OverdueCard items={data.overdue} total={data.totals.overdue + data.totals.consolidationOverdue} onOpen={view.openTask} />
          <View className='zg-dash-title'>按状态</View>
          <StatusCard byStatus={data.byStatus} chosen={view.filter.status} onPick={(status) => view.change({ status })} />
          <View className='zg-dash-title'>按方面</View>
          <BreakdownCard rows={data.byAspect} onPick={(row) => view.change({ aspect: row.key })} />
          <View className='zg-dash-title'>按责任部门</View>
          <BreakdownCard rows={data.byDepartment} onPick={(row) => view.change({ departmentId: row.key })} />
          <View className='zg-dash-title'>按责任领导</View>
          <BreakdownCard rows={data.byLeader} highlight={view.memberId} onPick={(row) => view.change({ leaderId: row.key })} />
          <View className='zg-dash-title'>整改进展报送（按月）</View>
          <TrendCard months={data.progressByMonth} />
          <View className='zg-dash-title'>约谈</View>
          <InterviewCard figures={data.interviews} />
          <View className='zg-dash-title'>整改成效</View>
          <OutcomesCard lines={data.outcomes.lines} planId={view.planId} />
          <View className='zg-dash-title'>台账与报告</View>
          <PaperworkCard filtered={view.filtered} mayReport={mayReport} onExports={view.openExports} onNotice={view.openNotice} />
        </View>
      )}
    </View>
  );
}
