import { ScrollView, View } from '@tarojs/components';
import './index.scss';

export type Chip = { key: string; label: string; count?: number | null; tone?: 'red' };

type Props = { chips: Chip[]; value: string; onChange: (key: string) => void };

/** A sideways-scrolling row of choices, one of them on; counts after the label. */
export function ChipBar({ chips, value, onChange }: Props) {
  return (
    <ScrollView className='zg-chips' scrollX enhanced showScrollbar={false}>
      <View className='zg-chips__row'>
        {chips.map((chip) => (
          <View
            key={chip.key}
            className={`zg-chips__chip ${chip.key === value ? 'zg-chips__chip--on' : ''}`}
            onClick={() => onChange(chip.key)}
          >
            {chip.label}
            {chip.count !== undefined && chip.count !== null ? (
              <View className={`zg-chips__count ${chip.tone === 'red' && chip.count > 0 ? 'zg-chips__count--red' : ''}`}>{chip.count}</View>
            ) : null}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
