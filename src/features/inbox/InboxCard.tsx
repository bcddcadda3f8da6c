import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { INBOX_REASON_LABELS } from '../../../core/reminders/model';
import type { InboxEntry, InboxItem } from '../../../core/reminders/model';
import { formatBeijingDateTime } from '@/utils/date';
import './InboxCard.scss';

type Props = {
  item: InboxItem;
  /** Opens an item's page; the card has marked itself read before. */
  onOpenTask: (taskId: string) => void;
  /** Opens a 约谈's page, for a decision about one. */
  onOpenInterview: (interviewId: string) => void;
  onRead: (id: string) => void;
};

const SHOWN_BEFORE_MORE = 5;

function EntryRow({ entry, onOpen }: { entry: InboxEntry; onOpen: () => void }) {
  return (
    <View className='zg-inbox-entry' hoverClass='zg-inbox-entry--active' onClick={onOpen}>
      <View className='zg-inbox-entry__main'>
        <View className='zg-inbox-entry__title'>{entry.title}</View>
        <View className={`zg-inbox-entry__note ${entry.rule === 'overdue' || entry.note.includes('逾期') ? 'zg-inbox-entry__note--late' : ''}`}>{entry.note}</View>
      </View>
      <View className='zg-inbox-entry__arrow' />
    </View>
  );
}

/**
 * One message: a reminder or a decision opens its item (or its 约谈); a daily digest lists its items, the most pressing first, each opening
 * its own page. The reason a reminder came here rather than on WeChat is said plainly.
 */
export function InboxCard({ item, onOpenTask, onOpenInterview, onRead }: Props) {
  const [expanded, setExpanded] = useState(false);
  const open = (taskId: string) => {
    if (!item.read) onRead(item.id);
    onOpenTask(taskId);
  };
  const openHead = () => {
    if (item.interviewId) {
      if (!item.read) onRead(item.id);
      onOpenInterview(item.interviewId);
    } else if (item.taskId) open(item.taskId);
    else if (!item.read) onRead(item.id);
  };
  const entries = expanded ? item.entries : item.entries.slice(0, SHOWN_BEFORE_MORE);
  const reason = item.kind === 'reminder' && item.reason && item.reason !== 'digest' ? INBOX_REASON_LABELS[item.reason] : null;
  return (
    <View className={`zg-inbox-card ${item.read ? '' : 'zg-inbox-card--unread'}`}>
      <View
        className='zg-inbox-card__head'
        hoverClass={item.taskId || item.interviewId ? 'zg-inbox-card__head--active' : 'none'}
        onClick={openHead}
      >
        <View className='zg-inbox-card__title'>
          {item.read ? null : <View className='zg-inbox-card__dot' />}
          <Text>{item.title}</Text>
        </View>
        <View className='zg-inbox-card__body'>{item.body}</View>
        <View className='zg-inbox-card__meta'>
          {formatBeijingDateTime(item.createdAt)}
          {reason ? <Text className='zg-inbox-card__reason'>{reason}，已放入消息</Text> : null}
        </View>
      </View>
      {item.kind === 'digest' ? (
        <View className='zg-inbox-card__entries'>
          {entries.map((entry) => (
            <EntryRow key={`${entry.taskId}-${entry.rule}`} entry={entry} onOpen={() => open(entry.taskId)} />
          ))}
          {item.entries.length > SHOWN_BEFORE_MORE && !expanded ? (
            <View className='zg-inbox-card__more' onClick={() => setExpanded(true)}>
              展开全部 {item.entryCount} 项
            </View>
          ) : null}
          {expanded && item.entryCount > item.entries.length ? (
            <View className='zg-inbox-card__more zg-inbox-card__more--plain'>另有 {item.entryCount - item.entries.length} 项，请在「统计」中查看</View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
