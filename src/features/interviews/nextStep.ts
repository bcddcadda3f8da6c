import type { InterviewAbilities, InterviewDetail } from '../../../core/interviews/model';
import { formatDay } from '@/utils/date';

/** The line under the drawn path: who the record waits for now — 您 when it is the reader. */
export function nextStepCaption(interview: InterviewDetail, can: InterviewAbilities): string {
  const unsigned = interview.slots.filter((slot) => !slot.signed && !can.sign.includes(slot.slot)).map((slot) => slot.person.name);
  if (can.sign.length > 0) unsigned.unshift('您');
  switch (interview.state) {
    case 'draft':
      return '拟约谈：补全事项来源、人员、时间地点和事由后提交审批';
    case 'pending_approval':
      if (can.approve) return '待您审批';
      return `待${interview.approver ? interview.approver.name : '书记'}审批`;
    case 'returned':
      return '审批退回：发起人修改后可重新提交';
    case 'approved':
      return `已批准：谈话后由记录人${interview.recorder?.name ?? ''}填写谈话记录`;
    case 'recorded':
      return `记录已填写：记录人${interview.recorder?.name ?? ''}核对后请双方签字`;
    case 'pending_signatures':
      return unsigned.length > 0 ? `待${unsigned.join('、')}签字` : '待签字';
    case 'signed':
      return interview.deptOpinion ? '已签字封存：待办公室归档' : '已签字封存：待办公室填写组织实施部门意见后归档';
    case 'filed': {
      const due = interview.feedbackDue ? `（期限${formatDay(interview.feedbackDue)}）` : '';
      if (interview.feedbackState === 'given') return '已归档 · 约谈对象已提交整改反馈';
      if (interview.feedbackState === 'overdue') return `已归档 · 整改反馈已逾期${due}`;
      return `已归档 · 待${interview.subject?.name ?? '约谈对象'}提交整改反馈${due}`;
    }
  }
}
