import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import emptyImage from '@/assets/empty/interviews.png';

export default function InterviewsPage() {
  return (
    <View>
      <EmptyState
        image={emptyImage}
        title='暂无约谈记录'
        description='约谈经审批、记录并由双方签字后，会在这里归档'
      />
    </View>
  );
}
