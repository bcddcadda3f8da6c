import { View } from '@tarojs/components';
import './index.scss';

type Props = { loading: boolean; hasMore: boolean; count: number; onMore: () => void };

/** Under a paged list: a spinner while the next page comes, a tappable "加载更多" in case scrolling did not trigger it, or the end. */
export function ListFooter({ loading, hasMore, count, onMore }: Props) {
  if (loading) {
    return (
      <View className='zg-list-footer'>
        <View className='zg-list-footer__spinner' />
        正在加载
      </View>
    );
  }
  if (hasMore) {
    return (
      <View className='zg-list-footer zg-list-footer--more' onClick={onMore}>
        加载更多
      </View>
    );
  }
  return <View className='zg-list-footer'>共 {count} 项，已全部显示</View>;
}
