import { View } from '@tarojs/components';
import type { PlanSummary } from '../../../core/actions/plans';
import { PLAN_KIND_LABELS } from '../../../core/plans/kinds';
import { StatusTag } from '@/components/StatusTag';
import './PlanPages.scss';

/** A plan's kind, and whether it is the unit's current plan or archived. */
export function PlanTags({ plan }: { plan: Pick<PlanSummary, 'kind' | 'current' | 'archived'> }) {
  return (
    <View className='zg-plan-tags'>
      <StatusTag tone='blue'>{PLAN_KIND_LABELS[plan.kind]}</StatusTag>
      {plan.current ? <StatusTag tone='green'>当前方案</StatusTag> : null}
      {plan.archived ? <StatusTag tone='grey'>已归档</StatusTag> : null}
    </View>
  );
}
