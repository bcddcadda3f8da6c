import { View } from '@tarojs/components';
import type { InterviewDetail } from '../../../core/interviews/model';
import { INTERVIEW_KIND_LABELS, INTERVIEW_STATE_LABELS } from '../../../core/interviews/states';
import { StatusTag } from '@/components/StatusTag';
import { STATE_TONES } from './labels';
import './InterviewHeader.scss';

/** The top of a record: what kind of talk, with whom, where it stands and whether its seal holds. */
export function InterviewHeader({ interview, viewingOld }: { interview: InterviewDetail; viewingOld: boolean }) {
  const subject = interview.subject;
  const detail = subject ? [subject.departments.join('、'), subject.title].filter(Boolean).join(' · ') : '';
  return (
    <View className='zg-iv-head'>
      <View className='zg-iv-head__kind'>
        {INTERVIEW_KIND_LABELS[interview.kind]}记录 · 第{interview.revision}版{viewingOld ? '（历史版本）' : ''}
      </View>
      <View className='zg-iv-head__title'>约谈对象：{subject ? subject.name : '未指定'}</View>
      {detail ? <View className='zg-iv-head__detail'>{detail}</View> : null}
      <View className='zg-iv-head__tags'>
        <StatusTag tone={STATE_TONES[interview.state]}>{INTERVIEW_STATE_LABELS[interview.state]}</StatusTag>
        {interview.seal.sealed ? (
          <StatusTag tone={interview.seal.intact ? 'green' : 'red'}>{interview.seal.intact ? '已封存 · 校验一致' : '校验失败'}</StatusTag>
        ) : null}
        {interview.correction ? <StatusTag tone='blue'>更正版本</StatusTag> : null}
      </View>
    </View>
  );
}
