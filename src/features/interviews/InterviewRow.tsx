import { View } from '@tarojs/components';
import type { InterviewSummary } from '../../../core/interviews/model';
import { FEEDBACK_STATE_LABELS, INTERVIEW_KIND_LABELS, INTERVIEW_STATE_LABELS } from '../../../core/interviews/states';
import { StatusTag } from '@/components/StatusTag';
import { formatMoment } from '@/utils/date';
import { FEEDBACK_TONES, STATE_TONES, fieldNames } from './labels';
import './InterviewRow.scss';

type Props = {
  item: InterviewSummary;
  onOpen: (item: InterviewSummary) => void;
  /** The office's list of records that cannot move on: say what each one lacks. */
  showMissing?: boolean;
};

/** One 约谈 in a list: whom, what kind, where it stands, and what it waits for. */
export function InterviewRow({ item, onOpen, showMissing }: Props) {
  const subject = item.subject ? item.subject.name : '未指定对象';
  const interviewers = item.interviewers.map((person) => person.name).join('、');
  const when = item.plannedAt ? formatMoment(item.plannedAt) : '时间未定';
  const source = item.source ? (item.source.type === 'task' ? item.source.title : item.source.text) : null;
  return (
    <View className='zg-iv-row' hoverClass='zg-iv-row--active' onClick={() => onOpen(item)}>
      <View className='zg-iv-row__head'>
        <View className='zg-iv-row__title'>
          {INTERVIEW_KIND_LABELS[item.kind]} · {subject}
        </View>
        <StatusTag tone={STATE_TONES[item.state]}>{INTERVIEW_STATE_LABELS[item.state]}</StatusTag>
      </View>
      <View className='zg-iv-row__meta'>
        {interviewers ? `约谈人 ${interviewers} · ` : ''}
        {when}
        {item.place ? ` · ${item.place}` : ''}
      </View>
      {item.reason || source ? <View className='zg-iv-row__reason'>{item.reason ?? source}</View> : null}
      <View className='zg-iv-row__tags'>
        {item.slotsToSign.length > 0 ? <StatusTag tone='red'>待您签字</StatusTag> : null}
        {item.sealed ? <StatusTag tone='green'>已封存</StatusTag> : null}
        {item.state === 'filed' ? <StatusTag tone={FEEDBACK_TONES[item.feedbackState]}>{FEEDBACK_STATE_LABELS[item.feedbackState]}</StatusTag> : null}
        {item.revision > 1 ? <StatusTag tone='grey'>第{item.revision}版</StatusTag> : null}
      </View>
      {showMissing && item.missing.length > 0 ? <View className='zg-iv-row__missing'>缺：{fieldNames(item.missing)}</View> : null}
    </View>
  );
}
