import { View } from '@tarojs/components';
import './index.scss';

type Props = { rows?: number };

/** Grey placeholder rows in the shape of list cells, while the first page is on its way. */
export function Skeleton({ rows = 5 }: Props) {
  return (
    <View className='zg-skeleton' aria-busy='true' aria-label='加载中'>
      {Array.from({ length: rows }, (_, index) => (
        <View key={index} className='zg-skeleton__row'>
          <View className='zg-skeleton__bar zg-skeleton__bar--title' />
          <View className='zg-skeleton__bar zg-skeleton__bar--short' />
          <View className='zg-skeleton__tags'>
            <View className='zg-skeleton__bar zg-skeleton__bar--tag' />
            <View className='zg-skeleton__bar zg-skeleton__bar--tag' />
          </View>
        </View>
      ))}
    </View>
  );
}
