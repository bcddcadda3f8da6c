import { View } from '@tarojs/components';
import type { OutcomeKind } from '../../../core/outcomes/kinds';
import { useAction } from '@/api/hooks';
import { describeOutcome } from '@/utils/outcomeWords';

type Props = { kind: OutcomeKind; planId: string | null };

/** The confirmed outcomes of one kind the viewer may see; 问责 comes back empty to anyone it is confidential from. */
export function OutcomeList({ kind, planId }: Props) {
  const { data, loading } = useAction('outcomes.list', { planId, kind, confirmedOnly: true });
  if (loading || !data) return <View className='zg-dash-hint'>加载中…</View>;
  if (data.outcomes.length === 0) return <View className='zg-dash-hint'>无可查看的记录</View>;
  return (
    <View>
      {data.outcomes.map((outcome) => (
        <View key={outcome.id} className='zg-dash-hint'>
          {describeOutcome(outcome)} · {outcome.taskTitle}
        </View>
      ))}
    </View>
  );
}
