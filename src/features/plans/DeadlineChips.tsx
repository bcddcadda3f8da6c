import { View } from '@tarojs/components';
import type { PlanDeadline } from '../../../core/plan';
import { StatusTag } from '@/components/StatusTag';
import { deadlineChips } from './deadlineView';
import './DeadlineChips.scss';

type Props = { deadline: PlanDeadline; showText?: boolean };

/** 整改时限 as chips (立行立改 / N个月内 / a date / 长期坚持), with the words as written under them. */
export function DeadlineChips({ deadline, showText = false }: Props) {
  const chips = deadlineChips(deadline);
  const text = deadline.text && chips.map((chip) => chip.label).join('，') !== deadline.text ? deadline.text : null;
  return (
    <View className='zg-deadline-chips'>
      <View className='zg-deadline-chips__chips'>
        {chips.length > 0 ? (
          chips.map((chip) => (
            <StatusTag key={chip.key} tone={chip.tone}>
              {chip.label}
            </StatusTag>
          ))
        ) : (
          <StatusTag tone='grey'>未设时限</StatusTag>
        )}
      </View>
      {showText && text ? <View className='zg-deadline-chips__text'>原文：{text}</View> : null}
    </View>
  );
}
