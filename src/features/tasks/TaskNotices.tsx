import type { TaskAbilities, TaskDetail } from '../../../core/tasks/model';
import { Notice } from '@/components/Notice';
import { formatMoment } from '@/utils/date';
import { formatDay } from '@/utils/date';

/**
 * What needs attention on this item now: a requirement it was returned with, a request waiting for a decision —
 * addressed as 您 to the one who decides it.
 */
export function TaskNotices({ task, can }: { task: TaskDetail; can: TaskAbilities }) {
  const signedOff = task.status === 'closed' || task.status === 'long_term';
  // Nobody is reminded of an item whose department matched no roster department and that names no 责任人.
  const ownerless = !signedOff && task.departments.length === 0 && task.assignees.length === 0;
  return (
    <>
      {ownerless ? (
        <Notice tone='yellow' title='此事项还没有责任部门和责任人'>
          {`${task.departmentNames.length > 0 ? `方案写的“${task.departmentNames.join('、')}”在成员与部门中没有对应的部门` : '方案没有写责任部门'}，也未指定责任人，到期提醒无人接收。${can.assign ? '请点“分配责任”指定。' : '请联系整改办分配责任。'}`}
        </Notice>
      ) : null}
      {task.returnRequirement ? (
        <Notice tone='red' title='补充整改要求'>
          {task.returnRequirement}
        </Notice>
      ) : null}
      {task.pendingExtension ? (
        <Notice tone='yellow' title={`延期申请待${can.decideExtension ? '您' : ''}审批：申请延至${formatDay(task.pendingExtension.newDate)}`}>
          {`${task.pendingExtension.requestedBy.name} ${formatMoment(task.pendingExtension.requestedAt)} 申请\n理由：${task.pendingExtension.reason}`}
        </Notice>
      ) : null}
      {task.status === 'pending_review' ? (
        <Notice tone='blue' title={`销号申请待${can.review ? '您' : task.leader ? `责任领导${task.leader.name}` : '组长'}审核`} />
      ) : null}
      {task.status === 'pending_signoff' ? <Notice tone='blue' title={`责任领导已审核通过，待${can.signOff ? '您' : '组长'}审定`} /> : null}
    </>
  );
}
