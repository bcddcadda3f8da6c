import { Text, View } from '@tarojs/components';
import type { Breakdown } from '../../../core/dashboard/model';
import { StackedBar } from '@/components/StackedBar';
import { FIGURE_LABELS } from '../../../core/figures/figures';
import { figuresCaption, formatRate } from './format';

type Props = { mine: Breakdown; onOpen: () => void };

/** A leader's own items come first: how the items they lead stand, one tap to see only those. */
export function MineCard({ mine, onOpen }: Props) {
  return (
    <View className='zg-dash-card zg-dash-mine' hoverClass='zg-dash-card--active' onClick={onOpen}>
      <View className='zg-dash-row__head'>
        <View className='zg-dash-row__label'>我负责的事项</View>
        <View className='zg-dash-row__rate'>{FIGURE_LABELS.rate} {formatRate(mine.rate)}</View>
      </View>
      <StackedBar
        label={`我负责的事项：${figuresCaption(mine)}`}
        segments={[
          { key: 'done', value: mine.done, tone: 'green' },
          { key: 'progress', value: mine.inProgress, tone: 'blue' },
          { key: 'waiting', value: mine.notStarted, tone: 'grey' },
        ]}
      />
      <View className='zg-dash-row__caption'>
        共{mine.total}项 · {FIGURE_LABELS.done}{mine.done} · {FIGURE_LABELS.inProgress}{mine.inProgress} · {FIGURE_LABELS.notStarted}{mine.notStarted} · <Text className={mine.overdue > 0 ? 'zg-dash-red' : ''}>{FIGURE_LABELS.overdue}{mine.overdue}</Text>
      </View>
    </View>
  );
}
