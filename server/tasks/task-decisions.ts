import type { TaskDetail } from '../../core/tasks/model';
import { chineseDate } from '../../core/time';
import type { Decision } from '../reminders/decision-notices';

function itemName(task: TaskDetail): string {
  return task.number ? `问题${task.number}“${task.title}”` : `“${task.title}”`;
}

/** 「审核意见：…」 only when an opinion was written (a sign-off may leave it empty). */
function opinionLine(label: string, opinion: string): string {
  return opinion.trim() ? `${label}：${opinion}` : '';
}

function about(task: TaskDetail, event: string, memberIds: readonly string[]) {
  return { event, entityId: task.id, version: task.version, memberIds, subject: task.title, taskId: task.id, interviewId: null };
}

/** The applicant learns how the 责任领导 (or the secretary) decided their 销号 application. */
export function closureReviewed(task: TaskDetail, decision: 'pass' | 'return', opinion: string, deciderName: string): Decision | null {
  const applicant = task.closure?.appliedBy.id;
  if (!applicant) return null;
  return decision === 'return'
    ? {
        ...about(task, 'closure.review.return', [applicant]),
        title: `销号申请被退回：${itemName(task)}`,
        body: `${deciderName}退回了您的销号申请，事项回到整改中。补充整改要求：${opinion}`,
        state: '已退回',
        note: '请按补充整改要求整改后再申请',
      }
    : {
        ...about(task, 'closure.review.pass', [applicant]),
        title: `销号申请已通过审核：${itemName(task)}`,
        body: `${deciderName}审核通过，等待书记审定。${opinionLine('审核意见', opinion)}`,
        state: '已通过',
        note: '等待书记审定',
      };
}

/** The applicant (and the 责任领导 who passed it) learn the secretary's sign-off. */
export function closureSignedOff(task: TaskDetail, decision: 'pass' | 'return', opinion: string, deciderName: string): Decision | null {
  const applicant = task.closure?.appliedBy.id;
  if (!applicant) return null;
  const reviewer = task.closure?.review?.by.id;
  const people = [applicant, ...(reviewer ? [reviewer] : [])];
  if (decision === 'return') {
    return {
      ...about(task, 'closure.signOff.return', people),
      title: `销号申请审定时被退回：${itemName(task)}`,
      body: `${deciderName}审定时退回，事项回到整改中。补充整改要求：${opinion}`,
      state: '已退回',
      note: '请按补充整改要求整改后再申请',
    };
  }
  const longTerm = task.status === 'long_term';
  return {
    ...about(task, 'closure.signOff.pass', people),
    title: `${longTerm ? '事项已销号，转入长期坚持' : '事项已销号'}：${itemName(task)}`,
    body: `${deciderName}审定同意销号。${longTerm ? '此后按季度报送巩固情况。' : ''}${opinionLine('审定意见', opinion)}`,
    state: '已销号',
    note: longTerm ? '按季度报送巩固情况' : '整改已完成',
  };
}

/** Whoever asked for more time learns the answer and the day that now holds. */
export function extensionDecided(task: TaskDetail, requesterId: string, decision: 'approve' | 'refuse', opinion: string, deciderName: string): Decision {
  const due = task.dueDate ? chineseDate(task.dueDate) : '未定';
  return decision === 'approve'
    ? {
        ...about(task, 'extension.approve', [requesterId]),
        title: `延期申请已同意：${itemName(task)}`,
        body: `${deciderName}同意延期，新的完成时限为${due}。${opinionLine('意见', opinion)}`,
        state: '已同意',
        note: `新时限${due}`,
      }
    : {
        ...about(task, 'extension.refuse', [requesterId]),
        title: `延期申请未同意：${itemName(task)}`,
        body: `${deciderName}未同意延期，完成时限仍为${due}。${opinionLine('意见', opinion)}`,
        state: '未同意',
        note: `时限仍为${due}`,
      };
}
