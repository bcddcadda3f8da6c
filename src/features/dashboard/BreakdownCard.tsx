import { Text, View } from '@tarojs/components';
import type { Breakdown } from '../../../core/dashboard/model';
import { StackedBar } from '@/components/StackedBar';
import { FIGURE_LABELS } from '../../../core/figures/figures';
import { figuresCaption, formatRate } from './format';

type Props = { rows: Breakdown[]; onPick?: (row: Breakdown) => void; highlight?: string | null };

/** 已完成整改 / 正在整改 / 尚未启动 (and 超期未完成) per 方面, department or leader: a bar to glance at and the numbers to read. */
export function BreakdownCard({ rows, onPick, highlight }: Props) {
  if (rows.length === 0) return <View className='zg-dash-card zg-dash-quiet'>暂无数据</View>;
  // 方面 of several plans: each says its plan, since two plans may share a 方面's title.
  const severalPlans = new Set(rows.map((row) => row.plan).filter(Boolean)).size > 1;
  return (
    <View className='zg-dash-card'>
      <View className='zg-dash-legend' aria-hidden='true'>
        <View className='zg-dash-legend__item zg-dash-legend__item--green'>{FIGURE_LABELS.done}</View>
        <View className='zg-dash-legend__item zg-dash-legend__item--blue'>{FIGURE_LABELS.inProgress}</View>
        <View className='zg-dash-legend__item zg-dash-legend__item--grey'>{FIGURE_LABELS.notStarted}</View>
      </View>
      {rows.map((row) => (
        <View
          key={row.key || 'none'}
          className={`zg-dash-row ${highlight !== undefined && row.key === highlight ? 'zg-dash-row--mine' : ''}`}
          hoverClass={onPick && row.key ? 'zg-dash-row--active' : 'none'}
          onClick={onPick && row.key ? () => onPick(row) : undefined}
        >
          {severalPlans && row.plan ? <View className='zg-dash-row__plan'>{row.plan}</View> : null}
          <View className='zg-dash-row__head'>
            <View className='zg-dash-row__label'>{row.label}</View>
            <View className='zg-dash-row__rate'>{formatRate(row.rate)}</View>
          </View>
          <StackedBar
            label={`${severalPlans && row.plan ? `${row.plan}·` : ''}${row.label}：${figuresCaption(row)}`}
            segments={[
              { key: 'done', value: row.done, tone: 'green' },
              { key: 'progress', value: row.inProgress, tone: 'blue' },
              { key: 'waiting', value: row.notStarted, tone: 'grey' },
            ]}
          />
          <View className='zg-dash-row__caption'>
            共{row.total}项 · {FIGURE_LABELS.done}{row.done} · {FIGURE_LABELS.inProgress}{row.inProgress} · {FIGURE_LABELS.notStarted}{row.notStarted} · <Text className={row.overdue > 0 ? 'zg-dash-red' : ''}>{FIGURE_LABELS.overdue}{row.overdue}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
