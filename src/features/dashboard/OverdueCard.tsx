import { useState } from 'react';
import { View } from '@tarojs/components';
import type { OverdueItem } from '../../../core/dashboard/model';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';

type Props = { items: OverdueItem[]; total: number; onOpen: (taskId: string) => void };

const FOLDED = 5;

/** The overdue items, the caller's own first, each opening its page; five at first, the rest on request. */
export function OverdueCard({ items, total, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  if (items.length === 0) return <View className='zg-dash-card zg-dash-quiet'>没有逾期事项</View>;
  const shown = open ? items : items.slice(0, FOLDED);
  return (
    <View className='zg-dash-card zg-dash-overdue'>
      {shown.map((item) => (
        <View key={item.id} className='zg-dash-overdue__row' hoverClass='zg-dash-overdue__row--active' onClick={() => onOpen(item.id)}>
          <View className='zg-dash-overdue__main'>
            <View className='zg-dash-overdue__title'>
              {item.mine ? <View className='zg-dash-overdue__mine'>我负责</View> : null}
              {item.title}
            </View>
            <View className='zg-dash-overdue__meta'>
              {[item.departmentNames.join('、') || '未确认部门', item.leaderName ?? '未确认领导', TASK_STATUS_LABELS[item.status]].join(' · ')}
            </View>
          </View>
          <View className='zg-dash-overdue__late'>{item.status === 'long_term' ? `巩固报告逾期${item.daysOverdue}天` : `逾期${item.daysOverdue}天`}</View>
          <View className='zg-dash-overdue__arrow' />
        </View>
      ))}
      {items.length > FOLDED ? (
        <View className='zg-dash-more' onClick={() => setOpen(!open)}>
          {open ? '收起' : `展开全部${items.length}项`}
        </View>
      ) : null}
      {total > items.length ? <View className='zg-dash-hint'>共{total}项逾期，这里列出最早逾期的{items.length}项；在「整改事项」勾选“只看逾期”可查看全部。</View> : null}
    </View>
  );
}
