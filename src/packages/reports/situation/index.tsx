import { View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Skeleton } from '@/components/Skeleton';
import { useAction } from '@/api/hooks';
import { PlanPicker } from '@/features/exports/PlanPicker';
import { SituationReportView } from '@/features/exports/SituationReportView';
import { usePlanChoice } from '@/features/exports/usePlanChoice';
import { can } from '../../../../core/capabilities';
import '@/features/dashboard/dashboard.scss';

export default function SituationReportPage() {
  const me = useAction('auth.me', {});
  const choice = usePlanChoice();
  const error = me.error ?? choice.error;
  if (error) return <ErrorState error={error} onRetry={me.error ? me.reload : choice.reload} />;
  if (!me.data || choice.loading) return <Skeleton rows={3} />;
  return (
    <View>
      <View className='zg-export'>
        <PlanPicker choice={choice} />
      </View>
      {choice.plan ? <SituationReportView key={choice.plan.id} planId={choice.plan.id} mayEdit={can(me.data.member.roles, 'editsPublications')} /> : null}
    </View>
  );
}
