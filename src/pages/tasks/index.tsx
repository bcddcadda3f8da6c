import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import emptyImage from '@/assets/empty/tasks.png';

export default function TasksPage() {
  return (
    <View>
      <EmptyState
        image={emptyImage}
        title='暂无整改事项'
        description='方案导入后，这里会列出分配给你的整改事项'
      />
    </View>
  );
}
