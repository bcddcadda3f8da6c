import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import emptyImage from '@/assets/empty/stats.png';

export default function StatsPage() {
  return (
    <View>
      <EmptyState
        image={emptyImage}
        title='暂无统计'
        description='方案导入后，这里按方面、部门和责任领导统计整改进度'
      />
    </View>
  );
}
