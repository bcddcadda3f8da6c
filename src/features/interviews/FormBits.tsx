import type { ReactNode } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import type { InterviewDetail } from '../../../core/interviews/model';
import { INTERVIEW_KIND_LABELS, INTERVIEW_STATE_LABELS } from '../../../core/interviews/states';
import { StatusTag } from '@/components/StatusTag';
import { formatDay } from '@/utils/date';
import { STATE_TONES } from './labels';
import './FormBits.scss';

type PickRowProps = { value: string | null; placeholder: string; onClick: () => void; error?: boolean };

/** A tappable row that opens a picker: what was chosen (or a grey placeholder) and an arrow. */
export function PickRow({ value, placeholder, onClick, error }: PickRowProps) {
  return (
    <View className={`zg-iv-pick ${value ? '' : 'zg-iv-pick--empty'} ${error ? 'zg-iv-pick--error' : ''}`} hoverClass='zg-iv-pick--active' onClick={onClick}>
      <View className='zg-iv-pick__value'>{value || placeholder}</View>
      <View className='zg-iv-pick__arrow' />
    </View>
  );
}

type DateTimeProps = { day: string; time: string; onDay: (day: string) => void; onTime: (time: string) => void; start?: string; end?: string };

/** A day and a time side by side (Beijing time), each its own system picker. */
export function DateTimeRow({ day, time, onDay, onTime, start, end }: DateTimeProps) {
  return (
    <View className='zg-iv-datetime'>
      <Picker className='zg-iv-datetime__picker' mode='date' value={day || start || ''} start={start} end={end} onChange={(event) => onDay(String(event.detail.value))}>
        <View className={`zg-iv-datetime__part ${day ? '' : 'zg-iv-datetime__part--empty'}`}>{day ? formatDay(day) : '选择日期'}</View>
      </Picker>
      <Picker className='zg-iv-datetime__picker' mode='time' value={time || '09:00'} onChange={(event) => onTime(String(event.detail.value))}>
        <View className={`zg-iv-datetime__part ${time ? '' : 'zg-iv-datetime__part--empty'}`}>{time || '选择时间'}</View>
      </Picker>
    </View>
  );
}

/** `suggest`: the day the picker opens on while nothing is chosen. */
type DayProps = { day: string; onDay: (day: string) => void; start?: string; suggest?: string; placeholder?: string };

export function DayRow({ day, onDay, start, suggest, placeholder = '选择日期' }: DayProps) {
  return (
    <Picker mode='date' value={day || suggest || start || ''} start={start} onChange={(event) => onDay(String(event.detail.value))}>
      <PickRow value={day ? formatDay(day) : null} placeholder={placeholder} onClick={() => undefined} />
    </Picker>
  );
}

/** Which record a form is about: kind, 对象 and state, so nobody writes into the wrong one. */
export function RecordBanner({ interview }: { interview: InterviewDetail }) {
  return (
    <View className='zg-iv-banner'>
      <View className='zg-iv-banner__title'>
        {INTERVIEW_KIND_LABELS[interview.kind]} · {interview.subject?.name ?? '未指定对象'}
      </View>
      <StatusTag tone={STATE_TONES[interview.state]}>{INTERVIEW_STATE_LABELS[interview.state]}</StatusTag>
    </View>
  );
}

type FormLayoutProps = {
  banner?: ReactNode;
  children: ReactNode;
  submitLabel: string;
  pending: boolean;
  busyLabel?: string | null;
  /** A problem not tied to one field (or the server's "还缺少：…"), under the buttons' heading. */
  problem?: string | null;
  onSubmit: () => void;
  secondary?: { label: string; onClick: () => void } | null;
};

/** A 约谈 form: which record on top, the fields, then one big button (and a quieter second one). */
export function InterviewFormLayout({ banner, children, submitLabel, pending, busyLabel, problem, onSubmit, secondary }: FormLayoutProps) {
  return (
    <View className='zg-iv-form'>
      {banner}
      {children}
      <View className='zg-page-actions'>
        {problem ? (
          <View className='zg-iv-form__problem' role='alert'>
            {problem}
          </View>
        ) : null}
        <Button className='zg-button zg-button--primary' loading={pending} disabled={pending || Boolean(busyLabel)} onClick={onSubmit}>
          {busyLabel ?? submitLabel}
        </Button>
        {secondary ? (
          <Button className='zg-button zg-button--default zg-iv-form__secondary' disabled={pending || Boolean(busyLabel)} onClick={secondary.onClick}>
            {secondary.label}
          </Button>
        ) : null}
      </View>
    </View>
  );
}
