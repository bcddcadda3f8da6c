import { View } from '@tarojs/components';
import type { PlanSummary } from '../../../core/actions/plans';
import { chineseDate } from '../../../core/time';
import { PlanTags } from './PlanTags';
import './PlanPages.scss';

type Props = { plan: PlanSummary; onClick: () => void };

/** One plan in the list: its kind, title, source, date and size. */
export function PlanCell({ plan, onClick }: Props) {
  return (
    <View className='zg-plan-cell' hoverClass='zg-plan-cell--active' onClick={onClick}>
      <View className='zg-plan-cell__main'>
        <PlanTags plan={plan} />
        <View className='zg-plan-cell__title'>{plan.title}</View>
        {plan.source ? <View className='zg-plan-cell__meta'>{plan.source}</View> : null}
        <View className='zg-plan-cell__meta'>
          {chineseDate(plan.planDate)} · {plan.aspectTitles.length} 个方面 · {plan.taskCount} 项整改事项
        </View>
      </View>
      <View className='zg-plan-cell__arrow' />
    </View>
  );
}
