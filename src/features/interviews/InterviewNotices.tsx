import type { InterviewAbilities, InterviewDetail } from '../../../core/interviews/model';
import { Notice } from '@/components/Notice';
import { formatMoment } from '@/utils/date';
import { fieldNames } from './labels';

/** Whether the caller is the one who can fill what the record lacks in its state (others see it on the path). */
function fillsGaps(interview: InterviewDetail, can: InterviewAbilities): boolean {
  switch (interview.state) {
    case 'draft':
    case 'returned':
      return can.update;
    case 'recorded':
      return can.record;
    case 'signed':
      return can.addDeptOpinion || can.file;
    case 'filed':
      return can.feedback;
    default:
      return false;
  }
}

/** What needs attention on this record: why it was returned, that it is a correction, what it still lacks. */
export function InterviewNotices({ interview, can, viewingOld }: { interview: InterviewDetail; can: InterviewAbilities; viewingOld: boolean }) {
  const current = interview.revisions.find((revision) => revision.current);
  return (
    <>
      {viewingOld ? (
        <Notice tone='yellow' title={`这是第${interview.revision}版，已被第${current?.revision ?? interview.revision + 1}版更正`}>
          历史版本保持签字时的原样，只能查看和导出。
        </Notice>
      ) : null}
      {interview.state === 'returned' && interview.lastReturn ? (
        <Notice tone='red' title='审批退回'>
          {`${interview.lastReturn.opinion}\n${interview.lastReturn.by.name} ${formatMoment(interview.lastReturn.at)}`}
        </Notice>
      ) : null}
      {interview.correction && !viewingOld ? (
        <Notice tone='blue' title={`更正版本：更正第${interview.correction.previousRevision}版`}>
          {`更正原因：${interview.correction.reason}\n${interview.correction.by.name} ${formatMoment(interview.correction.at)} · 须重新签字`}
        </Notice>
      ) : null}
      {!viewingOld && interview.missing.length > 0 && fillsGaps(interview, can) ? (
        <Notice tone='yellow' title={`还缺少：${fieldNames(interview.missing)}`}>
          缺项补齐后记录才能进入下一步。
        </Notice>
      ) : null}
    </>
  );
}
