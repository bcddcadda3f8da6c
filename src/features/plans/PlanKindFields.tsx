import { Input, View } from '@tarojs/components';
import { PLAN_KINDS, PLAN_KIND_LABELS } from '../../../core/plans/kinds';
import type { PlanKind } from '../../../core/plans/kinds';
import { TEXT_LIMITS } from '../../../core/text';
import { ChipBar } from '@/components/ChipBar';
import './PlanKindFields.scss';

type Props = {
  kind: PlanKind;
  source: string;
  onChange: (change: { kind?: PlanKind; source?: string }) => void;
};

const KIND_CHIPS = PLAN_KINDS.map((kind) => ({ key: kind, label: PLAN_KIND_LABELS[kind] }));

/** 方案类别 and 反馈来源: what a plan rectifies and whose findings, as the import and the plan page edit them. */
export function PlanKindFields({ kind, source, onChange }: Props) {
  return (
    <View className='zg-plan-kind'>
      <View className='zg-plan-kind__label'>方案类别</View>
      <ChipBar chips={KIND_CHIPS} value={kind} onChange={(key) => onChange({ kind: key as PlanKind })} />
      <View className='zg-plan-kind__label'>反馈来源</View>
      <Input
        className='zg-plan-kind__input'
        value={source}
        maxlength={TEXT_LIMITS.planSource}
        placeholder='如：县委第三巡察组反馈意见（2026年9月）'
        placeholderClass='zg-plan-kind__placeholder'
        onInput={(event) => onChange({ source: event.detail.value })}
      />
    </View>
  );
}
