import { View } from '@tarojs/components';
import type { MonthCount } from '../../../core/dashboard/model';
import { MonthBars } from '@/components/MonthBars';
import { monthLabel, monthWords } from './format';

type Props = { months: MonthCount[] };

/** Progress posts per month: the plan has progress heard every month, so a quiet month shows as a gap. */
export function TrendCard({ months }: Props) {
  const total = months.reduce((sum, month) => sum + month.count, 0);
  const current = months[months.length - 1]?.count ?? 0;
  const previous = months[months.length - 2]?.count ?? 0;
  return (
    <View className='zg-dash-card'>
      <MonthBars label={`近${months.length}个月报送进展${total}条`} months={months.map((month) => ({ key: month.month, label: monthLabel(month.month), value: month.count }))} />
      <View className='zg-dash-hint'>
        {months[0] ? `${monthWords(months[0].month)}以来` : ''}共报送进展{total}条；本月{current}条，上月{previous}条。
      </View>
    </View>
  );
}
