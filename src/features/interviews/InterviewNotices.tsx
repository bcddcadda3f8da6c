import type { InterviewDetail } from '../../../core/interviews/model';
import { Notice } from '@/components/Notice';
import { formatMoment } from './format';
import { fieldNames } from './labels';

/** States in which a missing field is something someone can write now (not a step that is simply still ahead). */
const FILLABLE = ['draft', 'returned', 'recorded', 'signed', 'filed'];

/** What needs attention on this record: why it was returned, that it is a correction, what it still lacks. */
export function InterviewNotices({ interview, viewingOld }: { interview: InterviewDetail; viewingOld: boolean }) {
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
      {!viewingOld && interview.missing.length > 0 && FILLABLE.includes(interview.state) ? (
        <Notice tone='yellow' title={`还缺少：${fieldNames(interview.missing)}`}>
          缺项补齐后记录才能进入下一步。
        </Notice>
      ) : null}
    </>
  );
}
