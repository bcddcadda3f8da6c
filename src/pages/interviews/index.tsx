import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import emptyImage from '@/assets/empty/interviews.png';

export default function InterviewsPage() {
  return (
    <View>
      <EmptyState
        image={emptyImage}
        title='暂无约谈记录'
        description='约谈经审批、记录、双方签字后在这里归档'
      />
    </View>
  );
}
