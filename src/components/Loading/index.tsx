import { View } from '@tarojs/components';
import './index.scss';

export function Loading() {
  return (
    <View className='zg-loading'>
      <View className='zg-loading__spinner' />
      <View className='zg-loading__text'>加载中…</View>
    </View>
  );
}
