import { useRef } from 'react';
import Taro from '@tarojs/taro';
import { Textarea, View } from '@tarojs/components';
import { addItem, mergeWithNext, removeItem, replaceItem, splitItem } from './listEdits';
import './ListEditor.scss';

type Props = {
  items: string[];
  /** What one item is called in buttons and hints: 措施, 表现. */
  noun: string;
  onChange: (items: string[]) => void;
};

/** A numbered list to correct: edit, delete, add, split one at the cursor (or at a line break), merge with the next. */
export function ListEditor({ items, noun, onChange }: Props) {
  // Where the cursor last was in each item, from typing (both targets) or leaving the field (mini-program).
  const cursors = useRef<Record<number, number>>({});
  const split = (index: number) => {
    const next = splitItem(items, index, cursors.current[index] ?? null);
    if (!next) {
      void Taro.showToast({ title: '请在要断开的位置换行，或把光标放在该处后再点“拆分”', icon: 'none', duration: 2500 });
      return;
    }
    cursors.current = {};
    onChange(next);
  };
  return (
    <View className='zg-list-edit'>
      {items.map((item, index) => (
        <View key={index} className='zg-list-edit__item'>
          <View className='zg-list-edit__row'>
            <View className='zg-list-edit__no'>{index + 1}</View>
            <Textarea
              className='zg-list-edit__text'
              value={item}
              autoHeight
              fixed
              maxlength={2000}
              placeholder={`填写这条${noun}`}
              onInput={(event) => {
                cursors.current[index] = event.detail.cursor;
                onChange(replaceItem(items, index, event.detail.value));
              }}
              onBlur={(event) => {
                const { cursor } = event.detail as { cursor?: number };
                if (typeof cursor === 'number') cursors.current[index] = cursor;
              }}
            />
          </View>
          <View className='zg-list-edit__actions'>
            <View className='zg-list-edit__action' onClick={() => split(index)}>
              拆分
            </View>
            {index < items.length - 1 ? (
              <View className='zg-list-edit__action' onClick={() => onChange(mergeWithNext(items, index))}>
                与下条合并
              </View>
            ) : null}
            <View className='zg-list-edit__action zg-list-edit__action--danger' onClick={() => onChange(removeItem(items, index))}>
              删除
            </View>
          </View>
        </View>
      ))}
      <View className='zg-list-edit__add' onClick={() => onChange(addItem(items))}>
        ＋ 添加一条{noun}
      </View>
    </View>
  );
}
