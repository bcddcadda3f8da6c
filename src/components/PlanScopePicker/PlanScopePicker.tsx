import { Picker, View } from '@tarojs/components';
import type { PlanSummary } from '../../../core/actions/plans';
import { currentPlanLabel, planScopeOptions } from './planScope';
import './PlanScopePicker.scss';

type Props = {
  plans: readonly PlanSummary[];
  /** A plan's id or ALL_PLANS; null: the current plan. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/** 整改方案: the current plan unless another, 全部整改任务 or an archived plan is chosen; shown only when there is a choice. */
export function PlanScopePicker({ plans, value, onChange }: Props) {
  const options = planScopeOptions(plans);
  if (plans.length < 2) return null;
  const labels = [currentPlanLabel(plans), ...options.map((option) => option.label)];
  const index = value === null ? 0 : options.findIndex((option) => option.value === value) + 1;
  return (
    <Picker
      mode='selector'
      range={labels}
      value={Math.max(index, 0)}
      onChange={(event) => {
        const picked = Number(event.detail.value);
        onChange(picked > 0 ? (options[picked - 1]?.value ?? null) : null);
      }}
    >
      <View className='zg-plan-scope'>
        <View className='zg-plan-scope__label'>整改方案</View>
        <View className='zg-plan-scope__value'>{labels[Math.max(index, 0)]}</View>
        <View className='zg-plan-scope__caret' />
      </View>
    </Picker>
  );
}
