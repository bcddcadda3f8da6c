import { useRef, useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { TaskListItem } from '../../../core/tasks/model';
import { usePagedAction } from '@/api/usePagedAction';
import { BottomSheet } from '@/components/BottomSheet';
import { DeadlineBadge } from '@/components/DeadlineBadge';
import { ListFooter } from '@/components/ListFooter';
import './TaskPicker.scss';

type Props = { open: boolean; onPick: (task: TaskListItem) => void; onClose: () => void };

/** 事项来源: one of the items the caller can see, overdue first (the list's own order), with a search box. */
export function TaskPicker({ open, onPick, onClose }: Props) {
  const [query, setQuery] = useState('');
  // The list is fetched the first time the sheet opens, and kept while it is closed and opened again.
  const opened = useRef(false);
  if (open) opened.current = true;
  const list = usePagedAction('tasks.list', (cursor) => ({ filter: {}, cursor, withCounts: false }), (page) => page.items, opened.current);
  const items = list.loaded ? list.items : null;

  const words = query.trim();
  const shown = (items ?? []).filter((item) => !words || `${item.number ?? ''}${item.title}${item.aspectTitle}${item.departmentNames.join('')}`.includes(words));
  return (
    <BottomSheet open={open} title='选择整改事项' onClose={onClose}>
      <View className='zg-iv-tasks'>
        <View className='zg-iv-tasks__search'>
          <Input className='zg-iv-tasks__input' value={query} placeholder='搜索问题、方面或部门' onInput={(event) => setQuery(event.detail.value)} />
        </View>
        <View className='zg-iv-tasks__list'>
          {list.error ? <View className='zg-iv-tasks__none'>{list.error.message}</View> : null}
          {items !== null && !list.error && shown.length === 0 ? <View className='zg-iv-tasks__none'>没有匹配的整改事项</View> : null}
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
        {items !== null ? <ListFooter loading={list.loadingMore} hasMore={list.hasMore} count={items.length} onMore={() => void list.loadMore()} /> : <ListFooter loading hasMore={false} count={0} onMore={() => undefined} />}
      </View>
    </BottomSheet>
  );
}
