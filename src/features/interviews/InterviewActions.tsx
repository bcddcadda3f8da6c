import type { InterviewAbilities } from '../../../core/interviews/model';
import { ActionButtons } from '@/components/ActionBar';
import type { BarAction } from '@/components/ActionBar';
import type { useInterviewActions } from './useInterviewActions';

type Props = {
  can: InterviewAbilities;
  /** An older revision is on screen: it can only be exported. */
  viewingOld: boolean;
  hasRecord: boolean;
  actions: ReturnType<typeof useInterviewActions>;
};

/** Exactly what the server allows this person on this record now, the step someone waits for first. */
export function InterviewActions({ can, viewingOld, hasRecord, actions }: Props) {
  const list: BarAction[] = [];
  if (!viewingOld) {
    const firstSlot = can.sign[0];
    if (firstSlot) list.push({ key: 'sign', label: '签字', run: () => actions.sign(firstSlot) });
    if (can.approve) list.push({ key: 'approve', label: '审批', run: () => actions.go('approve') });
    if (can.requestSignatures) list.push({ key: 'requestSignatures', label: '请双方签字', run: () => void actions.requestSignatures() });
    if (can.record) list.push({ key: 'record', label: hasRecord ? '修改记录' : '填写记录', run: () => actions.go('record') });
    if (can.submit) list.push({ key: 'submit', label: '提交审批', run: () => void actions.submit() });
    if (can.update) list.push({ key: 'update', label: '修改', run: () => actions.go('propose') });
    if (can.addDeptOpinion) list.push({ key: 'addDeptOpinion', label: '部门意见', run: () => actions.go('opinion') });
    if (can.file) list.push({ key: 'file', label: '归档', run: () => void actions.file() });
    if (can.feedback) list.push({ key: 'feedback', label: '整改反馈', run: () => actions.go('feedback') });
  }
  if (can.export) list.push({ key: 'export', label: '导出记录', run: () => void actions.exportRecord() });
  if (!viewingOld && can.revise) list.push({ key: 'revise', label: '更正', run: () => actions.go('revise') });
  return <ActionButtons actions={list} busy={actions.busy} />;
}
