import { useEffect, useRef, useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import { BottomSheet } from '@/components/BottomSheet';
import { CheckCell } from '@/components/CheckCell';
import type { Person } from './usePeople';
import './PeoplePicker.scss';

type Props = {
  open: boolean;
  title: string;
  people: Person[];
  /** Chosen ids, in order (the 约谈人's order is the order of their signature slots). */
  value: string[];
  multiple: boolean;
  max?: number;
  /** Grey under the list, e.g. why someone is not offered. */
  note?: string;
  onChange: (ids: string[]) => void;
  onClose: () => void;
};

/** Names to tick from a sheet: one (the 对象, the 记录人) or several in order (the 约谈人), with a search box. */
export function PeoplePicker({ open, title, people, value, multiple, max, note, onChange, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>(value);
  const valueRef = useRef(value);
  valueRef.current = value;
  useEffect(() => {
    if (open) {
      setChosen(valueRef.current);
      setQuery('');
    }
    // Only when the sheet opens: while open, the ticks are the sheet's own.
  }, [open]);
  const shown = query.trim() ? people.filter((person) => `${person.name}${person.departments.join('')}`.includes(query.trim())) : people;
  const toggle = (id: string) => {
    if (!multiple) {
      onChange([id]);
      onClose();
      return;
    }
    setChosen((current) => (current.includes(id) ? current.filter((item) => item !== id) : max && current.length >= max ? current : [...current, id]));
  };
  return (
    <BottomSheet open={open} title={title} onClose={onClose}>
      <View className='zg-iv-people'>
        {people.length > 8 ? (
          <View className='zg-iv-people__search'>
            <Input className='zg-iv-people__input' value={query} placeholder='搜索姓名或部门' onInput={(event) => setQuery(event.detail.value)} />
          </View>
        ) : null}
        <View className='zg-iv-people__list'>
          {shown.length === 0 ? <View className='zg-iv-people__none'>没有可选的人员</View> : null}
          {shown.map((person) => {
            const order = chosen.indexOf(person.id);
            return (
              <CheckCell
                key={person.id}
                title={multiple && order >= 0 ? `${person.name}（第${order + 1}位）` : person.name}
                description={person.departments.join('、') || undefined}
                checked={order >= 0}
                onToggle={() => toggle(person.id)}
              />
            );
          })}
        </View>
        {note ? <View className='zg-iv-people__note'>{note}</View> : null}
        {multiple ? (
          <View className='zg-iv-people__done'>
            <Button
              className='zg-button zg-button--primary'
              onClick={() => {
                onChange(chosen);
                onClose();
              }}
            >
              确定{chosen.length > 0 ? `（${chosen.length}人）` : ''}
            </Button>
          </View>
        ) : null}
      </View>
    </BottomSheet>
  );
}
