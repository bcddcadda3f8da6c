import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PrivacySheet } from '@/components/PrivacySheet';
import { ImportDone } from '@/features/plans/ImportDone';
import { ImportSteps } from '@/features/plans/ImportSteps';
import { NamesStep } from '@/features/plans/NamesStep';
import { ProblemEditSheet } from '@/features/plans/ProblemEditSheet';
import { ReviewStep } from '@/features/plans/ReviewStep';
import { SourceStep } from '@/features/plans/SourceStep';
import { planDetailUrl } from '@/features/plans/routes';
import { useImportWizard } from '@/features/plans/useImportWizard';

const openPlan = (planId: string) => void Taro.redirectTo({ url: planDetailUrl(planId) });

export default function PlanImportPage() {
  const wizard = useImportWizard();
  const { step, editing, result, draft } = wizard;
  if (step === 'done' && result) {
    return <ImportDone result={result} title={draft?.title ?? ''} onOpenPlan={() => openPlan(result.planId)} onImportAnother={wizard.restart} />;
  }
  return (
    <View>
      <PrivacySheet />
      <ImportSteps step={step} />
      {step === 'source' ? <SourceStep source={wizard.source} /> : null}
      {step === 'review' ? <ReviewStep wizard={wizard} onOpenPlan={openPlan} /> : null}
      {step === 'names' ? <NamesStep wizard={wizard} /> : null}
      {editing ? (
        <ProblemEditSheet
          problem={editing}
          planDate={wizard.source.planDate}
          leaderNames={wizard.names.leaderNames}
          departmentNames={wizard.names.departments.map((department) => department.name)}
          onChange={(change) => wizard.editProblem(editing.key, change)}
          onRemove={() => void wizard.removeProblem(editing.key)}
          onClose={wizard.closeEditor}
        />
      ) : null}
    </View>
  );
}
