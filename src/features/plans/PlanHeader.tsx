import { View } from '@tarojs/components';
import type { PlanSummary } from '../../../core/actions/plans';
import { chineseDate } from '../../../core/time';
import { formatBeijingDateTime } from '@/utils/date';
import type { PlanFigures } from './usePlanDetail';
import { PlanTags } from './PlanTags';
import './PlanPages.scss';

type Props = { plan: PlanSummary; figures: PlanFigures };

/** The plan's title, where it came from, and where its items stand. */
export function PlanHeader({ plan, figures }: Props) {
  const cells = [
    { label: '整改事项', value: figures.total, tone: '' },
    { label: '已完成', value: figures.done, tone: 'green' },
    { label: '临期', value: figures.dueSoon, tone: figures.dueSoon > 0 ? 'yellow' : '' },
    { label: '逾期', value: figures.overdue, tone: figures.overdue > 0 ? 'red' : '' },
  ];
  return (
    <View className='zg-plan-head'>
      <PlanTags plan={plan} />
      <View className='zg-plan-head__title'>{plan.title}</View>
      <View className='zg-plan-head__meta'>反馈来源 {plan.source || '未填写'}</View>
      <View className='zg-plan-head__meta'>方案日期 {chineseDate(plan.planDate)}</View>
      <View className='zg-plan-head__meta'>
        {plan.importedBy} 导入于 {formatBeijingDateTime(plan.importedAt)}
      </View>
      <View className='zg-plan-head__figures'>
        {cells.map((cell) => (
          <View key={cell.label} className='zg-plan-head__figure'>
            <View className={`zg-plan-head__value ${cell.tone ? `zg-plan-head__value--${cell.tone}` : ''}`}>{cell.value}</View>
            <View className='zg-plan-head__label'>{cell.label}</View>
          </View>
        ))}
      </View>
    </View>
  );
}
