import { useEffect, useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { TaskListItem } from '../../../core/tasks/model';
import { callApi } from '@/api/client';
import { showErrorToast } from '@/api/toast';
import { BottomSheet } from '@/components/BottomSheet';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import { ListFooter } from '@/components/ListFooter';
import './TaskPicker.scss';

type Props = { open: boolean; onPick: (task: TaskListItem) => void; onClose: () => void };

/** 事项来源: one of the items the caller can see, overdue first (the list's own order), with a search box. */
export function TaskPicker({ open, onPick, onClose }: Props) {
  const [items, setItems] = useState<TaskListItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState('');

  const load = async (from: string | null) => {
    setLoading(true);
    try {
      const page = await callApi('tasks.list', { filter: {}, cursor: from, withCounts: false });
      setItems((current) => [...(from ? (current ?? []) : []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (failure) {
      showErrorToast(failure);
      setItems((current) => current ?? []);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    if (open && items === null) void load(null);
  }, [open]);

  const words = query.trim();
  const shown = (items ?? []).filter((item) => !words || `${item.number ?? ''}${item.title}${item.aspectTitle}${item.departmentNames.join('')}`.includes(words));
  return (
    <BottomSheet open={open} title='选择整改事项' onClose={onClose}>
      <View className='zg-iv-tasks'>
        <View className='zg-iv-tasks__search'>
          <Input className='zg-iv-tasks__input' value={query} placeholder='搜索问题、方面或部门' onInput={(event) => setQuery(event.detail.value)} />
        </View>
        <View className='zg-iv-tasks__list'>
          {items !== null && shown.length === 0 ? <View className='zg-iv-tasks__none'>没有匹配的整改事项</View> : null}
          {shown.map((item) => (
            <View key={item.id} className='zg-iv-tasks__item' hoverClass='zg-iv-tasks__item--active' onClick={() => onPick(item)}>
              <View className='zg-iv-tasks__title'>
                {item.number ? `问题${item.number} · ` : ''}
                {item.title}
              </View>
              <View className='zg-iv-tasks__meta'>
                <DeadlineBadge colour={item.deadlineState.colour} label={item.deadlineState.label} />
                <View className='zg-iv-tasks__owners'>
                  {item.departmentNames.join('、')}
                  {item.leaderName ? ` · ${item.leaderName}` : ''}
                </View>
              </View>
            </View>
          ))}
        </View>
        {items !== null ? <ListFooter loading={loading} hasMore={cursor !== null} count={items.length} onMore={() => void load(cursor)} /> : <ListFooter loading hasMore={false} count={0} onMore={() => undefined} />}
      </View>
    </BottomSheet>
  );
}
