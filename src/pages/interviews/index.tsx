import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListFooter } from '@/components/ListFooter';
import { Skeleton } from '@/components/Skeleton';
import { InterviewGroups } from '@/features/interviews/InterviewGroups';
import { InterviewListHeader } from '@/features/interviews/InterviewListHeader';
import { OfficeOverview } from '@/features/interviews/OfficeOverview';
import { useInterviewsTab } from '@/features/interviews/useInterviewsTab';
import emptyImage from '@/assets/empty/interviews.png';

export default function InterviewsPage() {
  const { canPropose, state, setState, list, counts, groups, overview, open, propose } = useInterviewsTab();
  return (
    <View>
      {overview ? <OfficeOverview overview={overview} onOpen={open} /> : null}
      {canPropose ? (
        <View className='zg-iv-new' hoverClass='zg-iv-new--active' onClick={propose}>
          <View className='zg-iv-new__plus' />
          发起约谈
          <View className='zg-iv-new__hint'>提醒谈话 · 约谈 · 诫勉谈话</View>
        </View>
      ) : null}
      <InterviewListHeader counts={counts} value={state} onChange={setState} />
      {!list.loaded ? (
        <Skeleton rows={5} />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : groups.length === 0 ? (
        <EmptyState
          image={emptyImage}
          title={state ? '没有该状态的约谈记录' : '暂无约谈记录'}
          description={state ? undefined : '约谈经审批、记录、双方签字后在这里归档'}
        />
      ) : (
        <View>
          <InterviewGroups groups={groups} onOpen={open} />
          <ListFooter loading={list.loadingMore} hasMore={list.hasMore} count={groups.reduce((sum, group) => sum + group.items.length, 0)} onMore={() => void list.loadMore()} />
        </View>
      )}
    </View>
  );
}
