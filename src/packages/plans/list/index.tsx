import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { PlanCell } from '@/features/plans/PlanCell';
import { PLAN_IMPORT_PAGE, planDetailUrl } from '@/features/plans/routes';
import { usePlanList } from '@/features/plans/usePlanList';

const openImport = () => void Taro.navigateTo({ url: PLAN_IMPORT_PAGE });

export default function PlanListPage() {
  const list = usePlanList();
  if (!list.plans) return list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : <Loading />;
  const importButton = list.canImport ? (
    <Button className='zg-button zg-button--primary' onClick={openImport}>
      导入方案
    </Button>
  ) : undefined;
  if (list.plans.length === 0) {
    return (
      <EmptyState
        title='还没有导入整改方案'
        description={list.canImport ? '粘贴方案正文或选择收到的 Word 文件，几分钟即可把每个问题变成可跟踪的整改事项' : '领导小组办公室导入方案后，这里会列出各项整改任务'}
        action={importButton}
      />
    );
  }
  const open = (planId: string) => void Taro.navigateTo({ url: planDetailUrl(planId) });
  const inProgress = list.plans.filter((plan) => !plan.archived);
  const archived = list.plans.filter((plan) => plan.archived);
  return (
    <View>
      <Section title={`进行中的方案（${inProgress.length}）`}>
        {inProgress.map((plan) => (
          <PlanCell key={plan.id} plan={plan} onClick={() => open(plan.id)} />
        ))}
      </Section>
      {archived.length > 0 ? (
        <Section title={`已归档（${archived.length}）`}>
          {archived.map((plan) => (
            <PlanCell key={plan.id} plan={plan} onClick={() => open(plan.id)} />
          ))}
        </Section>
      ) : null}
      {importButton ? <View className='zg-page-actions'>{importButton}</View> : null}
    </View>
  );
}
