import { Text, View } from '@tarojs/components';
import type { Breakdown } from '../../../core/dashboard/model';
import { StackedBar } from '@/components/StackedBar';
import { formatRate } from './format';

type Props = { mine: Breakdown; onOpen: () => void };

/** A leader's own items come first: how the items they lead stand, one tap to see only those. */
export function MineCard({ mine, onOpen }: Props) {
  return (
    <View className='zg-dash-card zg-dash-mine' hoverClass='zg-dash-card--active' onClick={onOpen}>
      <View className='zg-dash-row__head'>
        <View className='zg-dash-row__label'>我负责的事项</View>
        <View className='zg-dash-row__rate'>完成率 {formatRate(mine.rate)}</View>
      </View>
      <StackedBar
        label={`我负责的事项：已完成${mine.done}项，整改中${mine.inProgress}项，逾期${mine.overdue}项`}
        segments={[
          { key: 'done', value: mine.done, tone: 'green' },
          { key: 'progress', value: mine.inProgress, tone: 'blue' },
          { key: 'overdue', value: mine.overdue, tone: 'red' },
        ]}
      />
      <View className='zg-dash-row__caption'>
        共{mine.total}项 · 已完成{mine.done} · 整改中{mine.inProgress} · <Text className={mine.overdue > 0 ? 'zg-dash-red' : ''}>逾期{mine.overdue}</Text>
      </View>
    </View>
  );
}
