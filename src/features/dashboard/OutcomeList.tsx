import { View } from '@tarojs/components';
import type { OutcomeView } from '../../../core/outcomes/model';
import type { OutcomeKind } from '../../../core/outcomes/kinds';
import { RULE_NATURES, accountabilityLabel, fundsPhrase } from '../../../core/outcomes/kinds';
import { yuanText } from '../../../core/outcomes/money';
import { isFollowUpRectified } from '../../../core/outcomes/model';
import { useAction } from '@/api/hooks';

type Props = { kind: OutcomeKind; planId: string | null };

/** One outcome in a line of words: what, when, and on which item. */
function describe(outcome: OutcomeView): string {
  switch (outcome.kind) {
    case 'rule':
      return `《${outcome.title}》${outcome.docNumber ? ` ${outcome.docNumber}` : ''}，${outcome.issuedOn}印发，${RULE_NATURES[outcome.nature]}`;
    case 'accountability':
      return `${outcome.person.name}：${accountabilityLabel(outcome.type)}（${outcome.decidedBy}，${outcome.decidedOn}）`;
    case 'funds':
      return `${fundsPhrase(outcome.type)}${yuanText(outcome.amountFen)}（${outcome.receivedOn}）`;
    case 'followUp':
      return `${outcome.problem}（${isFollowUpRectified(outcome) ? '已整改' : '整改中'}）`;
  }
}

/** The confirmed outcomes of one kind the viewer may see; 问责 comes back empty to anyone it is confidential from. */
export function OutcomeList({ kind, planId }: Props) {
  const { data, loading } = useAction('outcomes.list', { planId, kind, confirmedOnly: true });
  if (loading || !data) return <View className='zg-dash-hint'>加载中…</View>;
  if (data.outcomes.length === 0) return <View className='zg-dash-hint'>无可查看的记录</View>;
  return (
    <View>
      {data.outcomes.map((outcome) => (
        <View key={outcome.id} className='zg-dash-hint'>
          {describe(outcome)} · {outcome.taskTitle}
        </View>
      ))}
    </View>
  );
}
