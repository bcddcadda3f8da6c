import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import type { InterviewAbilities } from '../../../core/interviews/model';
import { ActionBar } from '@/components/ActionBar';
import type { useInterviewActions } from './useInterviewActions';

type Action = { key: string; label: string; run: () => void };

type Props = {
  can: InterviewAbilities;
  /** An older revision is on screen: it can only be exported. */
  viewingOld: boolean;
  hasRecord: boolean;
  actions: ReturnType<typeof useInterviewActions>;
};

/** Room for three buttons on a 360 px phone; the rest behind 更多. */
const SHOWN = 3;

/** Exactly what the server allows this person on this record now, the step someone waits for first. */
export function InterviewActions({ can, viewingOld, hasRecord, actions }: Props) {
  const list: Action[] = [];
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
  if (list.length === 0) return null;

  const shown = list.length <= SHOWN ? list : list.slice(0, SHOWN - 1);
  const more = list.slice(shown.length);
  const [primary, ...secondary] = shown;
  const openMore = async () => {
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: more.map((action) => action.label) });
      more[tapIndex]?.run();
    } catch {
      // Cancelled.
    }
  };
  return (
    <ActionBar>
      {more.length > 0 ? (
        <Button className='zg-button zg-button--more' onClick={() => void openMore()}>
          更多
        </Button>
      ) : null}
      {/* WeChat puts the main action on the right. */}
      {secondary.reverse().map((action) => (
        <Button key={action.key} className='zg-button zg-button--default' loading={actions.busy === action.key} disabled={actions.busy !== null} onClick={action.run}>
          {action.label}
        </Button>
      ))}
      {primary ? (
        <Button className='zg-button zg-button--primary' loading={actions.busy === primary.key} disabled={actions.busy !== null} onClick={primary.run}>
          {primary.label}
        </Button>
      ) : null}
    </ActionBar>
  );
}
