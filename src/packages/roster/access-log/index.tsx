import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListCell } from '@/components/ListCell';
import { ListFooter } from '@/components/ListFooter';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { useAccessLog } from '@/features/roster/useAccessLog';
import { formatBeijingDateTime } from '@/utils/date';

/** 权限变更记录: who changed whose roles, invites and WeChat bindings, for the 组长. */
export default function AccessLogPage() {
  const log = useAccessLog();
  usePullDownRefresh(() => {
    void log.refresh().finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void log.loadMore());

  if (!log.loaded) return <Loading />;
  if (log.error) return <ErrorState error={log.error} onRetry={() => void log.refresh()} />;
  if (log.entries.length === 0) return <EmptyState title='没有权限变更记录' description='成员、角色、邀请码和微信绑定的每次变更都会记录在这里' />;
  return (
    <View>
      <Section title='成员、角色、邀请码与微信绑定的变更'>
        {log.entries.map((entry) => (
          <ListCell
            key={entry.id}
            title={`${entry.subjectName}：${entry.summary}`}
            description={`${entry.actorName} · ${formatBeijingDateTime(entry.at)}`}
          />
        ))}
      </Section>
      <ListFooter loading={log.loadingMore} hasMore={log.hasMore} count={log.entries.length} onMore={() => void log.loadMore()} />
    </View>
  );
}
