import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useListPage } from '@/api/useListPage';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListFooter } from '@/components/ListFooter';
import { Loading } from '@/components/Loading';
import { InboxCard } from '@/features/inbox/InboxCard';
import { interviewPageUrl } from '@/features/interviews/routes';
import { useInbox } from '@/features/inbox/useInbox';
import { taskPageUrl } from '@/features/tasks/routes';
import './index.scss';

export default function InboxPage() {
  const inbox = useInbox();
  useListPage(inbox);

  if (!inbox.loaded) return <Loading />;
  if (inbox.error) return <ErrorState error={inbox.error} onRetry={inbox.retry} />;
  if (inbox.items.length === 0) {
    return <EmptyState title='暂无消息' description='到期提醒无法通过微信送达时（未授权、次数用完或发送失败），会放在这里，不会遗漏' />;
  }
  return (
    <View className='zg-inbox'>
      <View className='zg-inbox__bar'>
        <View className='zg-inbox__count'>{inbox.unread > 0 ? `${inbox.unread} 条未读` : '全部已读'}</View>
        {inbox.unread > 0 ? (
          <View className='zg-inbox__all' onClick={() => void inbox.markRead({ all: true })}>
            全部标为已读
          </View>
        ) : null}
      </View>
      {inbox.items.map((item) => (
        <InboxCard
          key={item.id}
          item={item}
          onRead={(id) => void inbox.markRead({ ids: [id] })}
          onOpenTask={(taskId) => void Taro.navigateTo({ url: taskPageUrl('detail', { id: taskId }) })}
          onOpenInterview={(interviewId) => void Taro.navigateTo({ url: interviewPageUrl('detail', { id: interviewId }) })}
        />
      ))}
      <ListFooter loading={inbox.loadingMore} hasMore={inbox.hasMore} count={inbox.items.length} onMore={() => void inbox.loadMore()} />
    </View>
  );
}
