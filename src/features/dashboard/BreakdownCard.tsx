import { Text, View } from '@tarojs/components';
import type { Breakdown } from '../../../core/dashboard/model';
import { StackedBar } from '@/components/StackedBar';
import { formatRate } from './format';

type Props = { rows: Breakdown[]; onPick?: (row: Breakdown) => void; highlight?: string | null };

/** done / in progress / overdue per 方面, department or leader: a bar to glance at and the numbers to read. */
export function BreakdownCard({ rows, onPick, highlight }: Props) {
  if (rows.length === 0) return <View className='zg-dash-card zg-dash-quiet'>暂无数据</View>;
  return (
    <View className='zg-dash-card'>
      <View className='zg-dash-legend' aria-hidden='true'>
        <View className='zg-dash-legend__item zg-dash-legend__item--green'>已完成</View>
        <View className='zg-dash-legend__item zg-dash-legend__item--blue'>整改中</View>
        <View className='zg-dash-legend__item zg-dash-legend__item--red'>逾期</View>
      </View>
      {rows.map((row) => (
        <View
          key={row.key || 'none'}
          className={`zg-dash-row ${highlight !== undefined && row.key === highlight ? 'zg-dash-row--mine' : ''}`}
          hoverClass={onPick && row.key ? 'zg-dash-row--active' : 'none'}
          onClick={onPick && row.key ? () => onPick(row) : undefined}
        >
          <View className='zg-dash-row__head'>
            <View className='zg-dash-row__label'>{row.label}</View>
            <View className='zg-dash-row__rate'>{formatRate(row.rate)}</View>
          </View>
          <StackedBar
            label={`${row.label}：已完成${row.done}项，整改中${row.inProgress}项，逾期${row.overdue}项，共${row.total}项`}
            segments={[
              { key: 'done', value: row.done, tone: 'green' },
              { key: 'progress', value: row.inProgress, tone: 'blue' },
              { key: 'overdue', value: row.overdue, tone: 'red' },
            ]}
          />
          <View className='zg-dash-row__caption'>
            共{row.total}项 · 已完成{row.done} · 整改中{row.inProgress} · <Text className={row.overdue > 0 ? 'zg-dash-red' : ''}>逾期{row.overdue}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
