import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { ReminderOutcome } from '../../../../core/actions/reminders';
import { useListPage } from '@/api/useListPage';
import { ChipBar } from '@/components/ChipBar';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListFooter } from '@/components/ListFooter';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { LogEntryRow, RunCard } from '@/features/reminders/ReminderLogViews';
import { useReminderLog } from '@/features/reminders/useReminderLog';
import { taskPageUrl } from '@/features/tasks/routes';
import './index.scss';

const CHIPS: { key: ReminderOutcome | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'sent', label: '微信已发送' },
  { key: 'inbox', label: '放入消息' },
  { key: 'problem', label: '失败与异常' },
  { key: 'pending', label: '处理中' },
];

export default function ReminderLogPage() {
  const [chip, setChip] = useState<ReminderOutcome | 'all'>('all');
  const log = useReminderLog(chip === 'all' ? null : chip);
  useListPage(log);

  const [latest] = log.runs;
  return (
    <View className='zg-reminder-log'>
      <View className='zg-reminder-log__actions'>
        <Button className='zg-button zg-button--primary' loading={log.running} disabled={log.running} onClick={() => void log.runNow()}>
          立即运行提醒
        </Button>
        <View className='zg-reminder-log__hint'>每天 9:00（北京时间）自动运行；立即运行不会重复发送已发过的提醒。</View>
      </View>
      {latest ? <RunCard run={latest} /> : null}
      <ChipBar chips={CHIPS} value={chip} onChange={(key) => setChip(key as ReminderOutcome | 'all')} />
      {!log.loaded ? (
        <Loading />
      ) : log.error ? (
        <ErrorState error={log.error} onRetry={log.retry} />
      ) : log.entries.length === 0 ? (
        <EmptyState title='没有提醒记录' description={chip === 'all' ? '提醒运行后，这里列出每条提醒发给了谁、通过什么方式' : '没有这类提醒'} />
      ) : (
        <Section>
          {log.entries.map((entry) => (
            <LogEntryRow key={entry.id} entry={entry} onOpen={() => void Taro.navigateTo({ url: taskPageUrl('detail', { id: entry.taskId }) })} />
          ))}
        </Section>
      )}
      {log.loaded && log.entries.length > 0 ? <ListFooter loading={log.loadingMore} hasMore={log.hasMore} count={log.entries.length} onMore={() => void log.loadMore()} /> : null}
    </View>
  );
}
