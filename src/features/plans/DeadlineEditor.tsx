import { immediateWords } from '../../../core/plan/deadline';
import { Input, Picker, View } from '@tarojs/components';
import type { PlanDeadline } from '../../../core/plan';
import { addMonths, chineseDate } from '../../../core/time';
import { deadlineText } from './deadlineView';
import './DeadlineEditor.scss';

type Props = {
  deadline: PlanDeadline;
  /** What N个月 counts from, to show the day it lands on. */
  planDate: string;
  onChange: (deadline: PlanDeadline) => void;
};

const MAX_MONTHS = 60;

/** 整改时限 by taps: 立行立改 and 长期坚持 as toggles, a month count, a date; they stack as in the plan's words. */
export function DeadlineEditor({ deadline, planDate, onChange }: Props) {
  const change = (patch: Partial<PlanDeadline>) => {
    const next = { ...deadline, ...patch };
    onChange({ ...next, text: deadlineText(next) });
  };
  const setMonths = (value: string) => {
    const months = Number.parseInt(value, 10);
    change({ months: Number.isFinite(months) && months > 0 ? Math.min(months, MAX_MONTHS) : null });
  };
  return (
    <View className='zg-deadline-edit'>
      <View className='zg-deadline-edit__toggles'>
        <View className={`zg-deadline-edit__toggle ${deadline.immediate ? 'zg-deadline-edit__toggle--on' : ''}`} onClick={() => change({ immediate: !deadline.immediate })}>
          {immediateWords(deadline.text)}
        </View>
        <View className={`zg-deadline-edit__toggle ${deadline.longTerm ? 'zg-deadline-edit__toggle--on' : ''}`} onClick={() => change({ longTerm: !deadline.longTerm })}>
          长期坚持
        </View>
      </View>
      <View className='zg-deadline-edit__row'>
        <View className='zg-deadline-edit__label'>期限</View>
        <Input
          className='zg-deadline-edit__months'
          type='number'
          value={deadline.months === null ? '' : String(deadline.months)}
          maxlength={2}
          placeholder='月数'
          onInput={(event) => setMonths(event.detail.value)}
        />
        <View className='zg-deadline-edit__unit'>个月内</View>
        {deadline.months !== null ? <View className='zg-deadline-edit__note'>至{chineseDate(addMonths(planDate, deadline.months))}</View> : null}
        {deadline.months !== null ? (
          <View className='zg-deadline-edit__clear' onClick={() => change({ months: null })}>
            清除
          </View>
        ) : null}
      </View>
      <View className='zg-deadline-edit__row'>
        <View className='zg-deadline-edit__label'>截止</View>
        <Picker mode='date' value={deadline.date ?? planDate} start='2015-01-01' end='2040-12-31' onChange={(event) => change({ date: String(event.detail.value) })}>
          <View className={`zg-deadline-edit__date ${deadline.date ? '' : 'zg-deadline-edit__date--empty'}`}>
            {deadline.date ? `${chineseDate(deadline.date)}前` : '选择日期'}
          </View>
        </Picker>
        {deadline.date ? (
          <View className='zg-deadline-edit__clear' onClick={() => change({ date: null })}>
            清除
          </View>
        ) : null}
      </View>
    </View>
  );
}
