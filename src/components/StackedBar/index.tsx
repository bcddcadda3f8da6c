import { View } from '@tarojs/components';
import './index.scss';

export type BarSegment = { key: string; value: number; tone: 'green' | 'blue' | 'red' | 'grey' };

type Props = { segments: BarSegment[]; label: string };

/** A thin horizontal bar split by share (done / in progress / overdue); the row around it prints the numbers. */
export function StackedBar({ segments, label }: Props) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  return (
    <View className='zg-bar' aria-label={label} role='img'>
      {total > 0
        ? segments
            .filter((segment) => segment.value > 0)
            .map((segment) => <View key={segment.key} className={`zg-bar__part zg-bar__part--${segment.tone}`} style={{ width: `${(segment.value * 100) / total}%` }} />)
        : null}
    </View>
  );
}
