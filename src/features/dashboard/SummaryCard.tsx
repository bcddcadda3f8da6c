import { View } from '@tarojs/components';
import type { DashboardSummaryOutput } from '../../../core/actions/dashboard';
import { Ring } from '@/components/Ring';
import { beijingClock, formatRate } from './format';

type Props = { summary: DashboardSummaryOutput; filtered: boolean };

/** The first thing a leader reads: how far the unit (or their part of it) has come, in one ring and four numbers. */
export function SummaryCard({ summary, filtered }: Props) {
  const { totals } = summary;
  const scope = summary.scope === 'unit' ? '全部事项' : '我负责和参与的事项';
  return (
    <View className='zg-dash-card zg-dash-summary'>
      <Ring percent={totals.rate} label={`完成率${formatRate(totals.rate)}`}>
        <View className='zg-dash-summary__rate'>{formatRate(totals.rate)}</View>
        <View className='zg-dash-summary__rate-label'>完成率</View>
      </Ring>
      <View className='zg-dash-summary__figures'>
        <View className='zg-dash-summary__figure'>
          <View className='zg-dash-summary__value'>{totals.total}</View>
          <View className='zg-dash-summary__label'>整改事项</View>
        </View>
        <View className='zg-dash-summary__figure'>
          <View className='zg-dash-summary__value zg-dash-summary__value--green'>{totals.done}</View>
          <View className='zg-dash-summary__label'>已完成</View>
        </View>
        <View className='zg-dash-summary__figure'>
          <View className='zg-dash-summary__value zg-dash-summary__value--blue'>{totals.inProgress}</View>
          <View className='zg-dash-summary__label'>整改中</View>
        </View>
        <View className='zg-dash-summary__figure'>
          <View className={`zg-dash-summary__value ${totals.overdue > 0 ? 'zg-dash-summary__value--red' : ''}`}>{totals.overdue}</View>
          <View className='zg-dash-summary__label'>已逾期</View>
        </View>
      </View>
      <View className='zg-dash-summary__note'>
        {filtered ? `${scope}（已筛选）` : scope} · 已销号和长期坚持计为完成 · 截至{beijingClock(summary.asOf)}
        {totals.reviewsLate > 0 ? ` · ${totals.reviewsLate}项长期坚持事项巩固报告逾期` : ''}
      </View>
    </View>
  );
}
