import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { PlanHeader } from '@/features/plans/PlanHeader';
import { PlanTaskRow } from '@/features/plans/PlanTaskRow';
import { usePlanDetail } from '@/features/plans/usePlanDetail';
import { PlanOfficeActions } from '@/features/plans/PlanOfficeActions';
import { usePlanOffice } from '@/features/plans/usePlanOffice';
import { can } from '../../../../core/capabilities';
import { useAction } from '@/api/hooks';

export default function PlanDetailPage() {
  const { params } = useRouter();
  const plan = usePlanDetail(params.id ?? '');
  const me = useAction('auth.me', {});
  const office = usePlanOffice(plan.data?.plan, plan.reload);
  if (!plan.data || !plan.figures) return plan.error ? <ErrorState error={plan.error} onRetry={plan.reload} /> : <Loading />;
  const thisYear = plan.thisYear;
  return (
    <View className='zg-plan-detail'>
      <PlanHeader plan={plan.data.plan} figures={plan.figures} />
      {me.data && can(me.data.member.roles, 'keepsPlans') ? <PlanOfficeActions plan={plan.data.plan} office={office} /> : null}
      {plan.data.aspects.map((aspect, index) => (
        <Section key={`${index}-${aspect.title}`} title={`${index + 1}. ${aspect.title}（${aspect.tasks.length} 项）`}>
          {aspect.tasks.map((task) => (
            <PlanTaskRow key={task.id} task={task} state={plan.colourOf(task)} thisYear={thisYear} />
          ))}
        </Section>
      ))}
      <View style={{ height: '32px' }} />
    </View>
  );
}
