import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '@/components/ErrorState';
import { Skeleton } from '@/components/Skeleton';
import { useAction } from '@/api/hooks';
import { ExportsView } from '@/features/exports/ExportsView';
import { REPORT_PAGES, filterFromParams } from '@/features/exports/routes';
import { todayInBeijing } from '@/utils/date';
import '@/features/dashboard/dashboard.scss';
import { can } from '../../../../core/capabilities';

export default function ExportsPage() {
  const router = useRouter();
  const me = useAction('auth.me', {});
  const plans = useAction('plans.list', {});
  const params = router.params as Record<string, string | undefined>;
  const filter = filterFromParams(params);
  if (me.error) return <ErrorState error={me.error} onRetry={me.reload} />;
  if (!me.data || !plans.data) return plans.error ? <ErrorState error={plans.error} onRetry={plans.reload} /> : <Skeleton rows={3} />;
  const roles = me.data.member.roles;
  const everything = can(roles, 'seesAllItems');
  const scope = `${everything ? '全部事项' : '本人可见的事项'}${params.label ? `（${decodeURIComponent(params.label)}）` : ''}`;
  return (
    <View>
      <ExportsView
        filter={filter}
        scope={scope}
        mayReport={everything}
        thisMonth={todayInBeijing().slice(0, 7)}
        plans={plans.data.plans}
        onNotice={() => void Taro.navigateTo({ url: REPORT_PAGES.notice })}
        onSituation={() => void Taro.navigateTo({ url: REPORT_PAGES.situation })}
      />
    </View>
  );
}
