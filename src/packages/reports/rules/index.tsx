import { View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Skeleton } from '@/components/Skeleton';
import { PlanPicker } from '@/features/exports/PlanPicker';
import { usePlanChoice } from '@/features/exports/usePlanChoice';
import { RuleList } from '@/features/outcomes/RuleList';
import '@/features/dashboard/dashboard.scss';
import '@/features/exports/exports.scss';

export default function RulesPage() {
  const choice = usePlanChoice();
  if (choice.error) return <ErrorState error={choice.error} onRetry={choice.reload} />;
  if (choice.loading) return <Skeleton rows={3} />;
  return (
    <View>
      <View className='zg-export'>
        <PlanPicker choice={choice} />
      </View>
      {choice.plan ? <RuleList key={choice.plan.id} planId={choice.plan.id} /> : null}
    </View>
  );
}
