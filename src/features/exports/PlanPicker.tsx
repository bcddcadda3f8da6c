import { Picker, View } from '@tarojs/components';
import type { PlanSummary } from '../../../core/actions/plans';
import type { usePlanChoice } from './usePlanChoice';

/** 整改方案: which plan the page is about, a WeUI selector row. */
export function PlanPicker({ choice }: { choice: ReturnType<typeof usePlanChoice> }) {
  const titles = choice.plans.map((plan: PlanSummary) => plan.title);
  return (
    <Picker mode='selector' range={titles} value={Math.max(0, choice.plans.findIndex((plan) => plan.id === choice.plan?.id))} onChange={(event) => choice.choose(choice.plans[Number(event.detail.value)]?.id ?? null)}>
      <View className='zg-export__month'>
        <View>整改方案</View>
        <View className='zg-export__month-value'>{choice.plan?.title ?? '暂无方案'}</View>
      </View>
    </Picker>
  );
}
