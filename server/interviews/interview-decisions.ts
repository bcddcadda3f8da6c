import { INTERVIEW_KIND_LABELS } from '../../core/interviews/states';
import { chineseDate } from '../../core/time';
import type { Decision } from '../reminders/decision-notices';
import type { InterviewDocument } from './interview-documents';

/** 提醒谈话（赵会计）: which talk, as every message names it. */
function talkName(doc: InterviewDocument): string {
  return `${INTERVIEW_KIND_LABELS[doc.kind]}${doc.subject ? `（${doc.subject.name}）` : ''}`;
}

function about(doc: InterviewDocument, event: string, memberIds: readonly (string | null)[]) {
  return {
    event,
    entityId: doc._id,
    version: doc.version,
    memberIds: memberIds.filter((id): id is string => Boolean(id)),
    subject: talkName(doc),
    taskId: doc.source?.type === 'task' ? doc.source.taskId : null,
    interviewId: doc._id,
  };
}

/** The proposer learns the approval either way; once approved, the 记录人 learns there is a talk to write down. */
export function interviewDecided(doc: InterviewDocument, decision: 'approve' | 'return', opinion: string, deciderName: string): Decision[] {
  if (decision === 'return') {
    return [
      {
        ...about(doc, 'interview.return', [doc.proposerId]),
        title: `约谈安排被退回：${talkName(doc)}`,
        body: `${deciderName}退回了您提交的约谈安排，请按意见修改后重新提交。审批意见：${opinion}`,
        state: '已退回',
        note: '请修改后重新提交',
      },
    ];
  }
  return [
    {
      ...about(doc, 'interview.approve', [doc.proposerId]),
      title: `约谈已批准：${talkName(doc)}`,
      body: `${deciderName}同意了您提交的约谈安排。审批意见：${opinion}`,
      state: '已批准',
      note: '请按安排开展谈话',
    },
    {
      ...about(doc, 'interview.approve.recorder', [doc.recorderId]),
      title: `请记录约谈：${talkName(doc)}`,
      body: `您是本次谈话的记录人。谈话后请填写谈话记录，再请双方签字。`,
      state: '待记录',
      note: '谈话后填写记录',
    },
  ];
}

/** Each signer whose slot waits: the record is written, please read it and sign. */
export function signaturesRequested(doc: InterviewDocument, recorderName: string): Decision {
  return {
    ...about(doc, 'interview.requestSignatures', doc.pendingSignerIds),
    title: `请在约谈记录上签字：${talkName(doc)}`,
    body: `记录人${recorderName}已写好谈话记录，请核对内容后在本人的签字栏签字。`,
    state: '待签字',
    note: '请核对记录后签字',
  };
}

/** The 对象 learns the record is filed and when the 整改反馈 is due; the proposer that the talk is complete. */
export function interviewFiled(doc: InterviewDocument): Decision[] {
  const due = doc.feedbackDue ? chineseDate(doc.feedbackDue) : null;
  return [
    {
      ...about(doc, 'interview.file.subject', [doc.subjectId]),
      title: `约谈记录已归档：${talkName(doc)}`,
      body: due ? `您的约谈记录已归档，请在${due}前提交整改反馈。` : '您的约谈记录已归档。',
      state: '已归档',
      note: due ? `${due}前提交整改反馈` : '记录已归档',
    },
    {
      ...about(doc, 'interview.file.proposer', [doc.proposerId]),
      title: `约谈记录已归档：${talkName(doc)}`,
      body: '您发起的约谈已完成签字并归档。',
      state: '已归档',
      note: '记录已归档',
    },
  ];
}
