import { View } from '@tarojs/components';
import { useListPage } from '@/api/useListPage';
import { usePagedAction } from '@/api/usePagedAction';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListCell } from '@/components/ListCell';
import { ListFooter } from '@/components/ListFooter';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { formatBeijingDateTime } from '@/utils/date';

/** 权限变更记录: who changed whose roles, invites and WeChat bindings, for the 组长. */
export default function AccessLogPage() {
  const log = usePagedAction('roster.accessLog', (cursor) => ({ cursor }), (page) => page.entries);
  useListPage(log);

  if (!log.loaded) return <Loading />;
  if (log.error) return <ErrorState error={log.error} onRetry={log.retry} />;
  if (log.items.length === 0) return <EmptyState title='没有权限变更记录' description='成员、角色、邀请码和微信绑定的每次变更都会记录在这里' />;
  return (
    <View>
      <Section title='成员、角色、邀请码与微信绑定的变更'>
        {log.items.map((entry) => (
          <ListCell
            key={entry.id}
            title={`${entry.subjectName}：${entry.summary}`}
            description={`${entry.actorName} · ${formatBeijingDateTime(entry.at)}`}
          />
        ))}
      </Section>
      <ListFooter loading={log.loadingMore} hasMore={log.hasMore} count={log.items.length} onMore={() => void log.loadMore()} />
    </View>
  );
}
