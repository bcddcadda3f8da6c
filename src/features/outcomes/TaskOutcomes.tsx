import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Textarea, View } from '@tarojs/components';
import { OUTCOME_KIND_LABELS } from '../../../core/outcomes/kinds';
import { OUTCOME_STATE_LABELS } from '../../../core/outcomes/model';
import type { OutcomeView } from '../../../core/outcomes/model';
import type { TaskDetail } from '../../../core/tasks/model';
import { TASK_STATUS_LABELS } from '../../../core/tasks/status';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { useAction, useMutation } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';
import { taskPageUrl } from '@/features/tasks/routes';
import { describeOutcome } from '@/utils/outcomeWords';
import './outcomes.scss';

const openTask = (id: string) => void Taro.navigateTo({ url: taskPageUrl('detail', { id }) });

/** 确认 or 退回 (with the reason) for the item's reviewer, under an outcome that waits. */
function DecideOutcome({ outcome, onDecided }: { outcome: OutcomeView; onDecided: () => void }) {
  const [returning, setReturning] = useState(false);
  const [opinion, setOpinion] = useState('');
  const decide = useMutation('outcomes.decide');
  const run = async (decision: 'confirm' | 'return') => {
    const result = await decide.run({ outcomeId: outcome.id, decision, opinion });
    if (!result.ok) return;
    showSuccessToast(decision === 'confirm' ? '已确认' : '已退回');
    onDecided();
  };
  return (
    <View className='zg-outcome__decide'>
      {returning ? (
        <Textarea className='zg-outcome__reason' value={opinion} maxlength={500} autoHeight placeholder='退回理由（必填）' onInput={(event) => setOpinion(event.detail.value)} />
      ) : null}
      {decide.error ? <View className='zg-outcome__error'>{decide.error.message}</View> : null}
      <View className='zg-outcome__buttons'>
        {returning ? (
          <Button className='zg-button zg-button--compact zg-button--warn' disabled={decide.pending || opinion.trim() === ''} onClick={() => void run('return')}>
            确认退回
          </Button>
        ) : (
          <>
            <Button className='zg-button zg-button--compact zg-button--default-warn' onClick={() => setReturning(true)}>
              退回
            </Button>
            <Button className='zg-button zg-button--compact zg-button--primary' disabled={decide.pending} onClick={() => void run('confirm')}>
              确认
            </Button>
          </>
        )}
      </View>
    </View>
  );
}

/**
 * 整改成果 of the item: what its 进展 achieved, waiting for or confirmed by the 责任领导 (who confirms or returns them
 * here), and the 举一反三 items they became. 问责 reaches only those the server shows it to.
 */
export function TaskOutcomes({ task, canRecord }: { task: TaskDetail; canRecord: boolean }) {
  const { data, reload } = useAction('outcomes.list', { planId: task.planId, taskId: task.id }, { refreshOnShow: true });
  const outcomes = data?.outcomes ?? [];
  if (outcomes.length === 0 && !canRecord && !task.parent) return null;
  return (
    <Section title='整改成果' footer={outcomes.some((outcome) => outcome.state === 'recorded') ? '成果经责任领导确认后计入统计、公示和整改情况报告' : undefined}>
      {task.parent ? <ListCell title='举一反三，源自' description={task.parent.title} value={TASK_STATUS_LABELS[task.parent.status]} onClick={() => openTask(task.parent?.id ?? '')} /> : null}
      {outcomes.map((outcome) => (
        <View key={outcome.id} className='zg-outcome__row'>
          <ListCell
            title={`${OUTCOME_KIND_LABELS[outcome.kind]}：${describeOutcome(outcome)}`}
            description={outcome.decision?.opinion ? `${outcome.decision.by.name}：${outcome.decision.opinion}` : `${outcome.recordedBy.name}记录`}
            value={OUTCOME_STATE_LABELS[outcome.state]}
            onClick={outcome.kind === 'followUp' && outcome.child ? () => openTask(outcome.child?.taskId ?? '') : undefined}
          />
          {outcome.canDecide ? <DecideOutcome outcome={outcome} onDecided={reload} /> : null}
        </View>
      ))}
      {canRecord ? <ListCell title='记录整改成果' description='建章立制、问责、资金、举一反三' onClick={() => void Taro.navigateTo({ url: taskPageUrl('outcome', { taskId: task.id }) })} /> : null}
    </Section>
  );
}
