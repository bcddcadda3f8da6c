import { Text, View } from '@tarojs/components';
import { INBOX_REASON_LABELS } from '../../../core/reminders/model';
import type { ReminderLogEntry, ReminderRunSummary } from '../../../core/reminders/model';
import { chineseDate } from '../../../core/time';
import { StatusTag } from '@/components/StatusTag';
import type { StatusTone } from '@/components/StatusTag';
import { formatBeijingDateTime } from '@/utils/date';
import './ReminderLogViews.scss';

/** How a reminder ended, in a tag: sent on WeChat, in 消息 (and why), or still under way. */
function outcomeOf(entry: ReminderLogEntry): { tone: StatusTone; label: string } {
  switch (entry.state) {
    case 'sent':
      return { tone: 'green', label: '微信已发送' };
    case 'inbox':
      if (entry.reason === 'digest') return { tone: 'blue', label: '每日汇总' };
      return { tone: entry.reason === 'no_quota' || entry.reason === 'switch_off' || entry.reason === 'unbound' ? 'grey' : 'yellow', label: '已放入消息' };
    case 'retry':
      return { tone: 'red', label: `发送失败，待重试（${entry.attempts}次）` };
    default:
      return { tone: 'grey', label: '处理中' };
  }
}

/** What the platform's error codes mean, for the office; anything else shows WeChat's own words. */
const ERROR_MEANINGS: Record<string, string> = {
  '43101': '对方未允许或提醒次数已用完',
  '40003': '接收人的微信身份无效',
  '40037': '订阅消息模板编号无效',
  '41030': '消息打开的页面不存在',
  '47003': '消息内容不符合模板要求',
  '45009': '当日发送量已达上限',
  '-1': '微信系统繁忙',
  STOPPED: '发送过程中运行中断，无法确认是否送达',
};

function errorText(error: NonNullable<ReminderLogEntry['lastError']>): string {
  const meaning = ERROR_MEANINGS[error.code] ?? (/socket hang up|ECONNRESET|timeout/i.test(error.message) ? '网络中断，无法确认是否送达' : error.message);
  return `错误 ${error.code}：${meaning}`;
}

export function LogEntryRow({ entry, onOpen }: { entry: ReminderLogEntry; onOpen: () => void }) {
  const outcome = outcomeOf(entry);
  const reason = entry.reason && entry.reason !== 'digest' ? INBOX_REASON_LABELS[entry.reason] : null;
  return (
    <View className='zg-log-entry' hoverClass='zg-log-entry--active' onClick={onOpen}>
      <View className='zg-log-entry__top'>
        <Text className='zg-log-entry__who'>{entry.memberName}</Text>
        <StatusTag tone={outcome.tone}>{outcome.label}</StatusTag>
      </View>
      <View className='zg-log-entry__title'>
        【{entry.ruleLabel}】{entry.taskTitle}
      </View>
      <View className='zg-log-entry__meta'>
        时限 {chineseDate(entry.dueDay)} · {formatBeijingDateTime(entry.updatedAt)}
        {reason ? ` · ${reason}` : ''}
      </View>
      {entry.lastError ? (
        <View className='zg-log-entry__error'>{errorText(entry.lastError)}</View>
      ) : null}
    </View>
  );
}

export function RunCard({ run }: { run: ReminderRunSummary }) {
  const { counts } = run;
  return (
    <View className='zg-run'>
      <View className='zg-run__top'>
        <Text>
          {run.kind === 'timer' ? '定时运行' : `${run.requestedByName ?? '办公室'}立即运行`} · {chineseDate(run.day)}
        </Text>
        <StatusTag tone={run.state === 'done' ? 'green' : 'yellow'}>{run.state === 'done' ? '已完成' : '运行中'}</StatusTag>
      </View>
      <View className='zg-run__figures'>
        <View className='zg-run__figure'>
          <View className='zg-run__number'>{counts.sent}</View>微信提醒
        </View>
        <View className='zg-run__figure'>
          <View className='zg-run__number'>{counts.inbox}</View>放入消息
        </View>
        <View className='zg-run__figure'>
          <View className='zg-run__number'>{counts.digest}</View>汇总条目
        </View>
        <View className='zg-run__figure'>
          <View className={`zg-run__number ${counts.retry > 0 ? 'zg-run__number--red' : ''}`}>{counts.retry}</View>待重试
        </View>
      </View>
      <View className='zg-run__meta'>
        开始于 {formatBeijingDateTime(run.startedAt)}
        {run.invocations > 1 ? `，分 ${run.invocations} 次执行` : ''}
      </View>
    </View>
  );
}
