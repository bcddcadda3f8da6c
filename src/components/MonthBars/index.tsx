import { View } from '@tarojs/components';
import './index.scss';

export type MonthValue = { key: string; label: string; value: number };

type Props = { months: MonthValue[]; label: string };

/** A small trend: one column per month with its count on top and the month under it, drawn with CSS heights. */
export function MonthBars({ months, label }: Props) {
  const max = Math.max(1, ...months.map((month) => month.value));
  return (
    <View className='zg-months' aria-label={label} role='img'>
      {months.map((month, index) => (
        <View key={month.key} className={`zg-months__col ${index === months.length - 1 ? 'zg-months__col--current' : ''}`}>
          <View className='zg-months__value'>{month.value > 0 ? month.value : ''}</View>
          <View className='zg-months__track'>
            <View className='zg-months__bar' style={{ height: `${Math.max(month.value > 0 ? 4 : 0, (month.value * 100) / max)}%` }} />
          </View>
          <View className='zg-months__label'>{month.label}</View>
        </View>
      ))}
    </View>
  );
}
