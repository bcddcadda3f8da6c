import { View } from '@tarojs/components';
import type { WizardStep } from './useImportWizard';
import './ImportSteps.scss';

const STEPS: Array<{ step: WizardStep; label: string }> = [
  { step: 'source', label: '方案来源' },
  { step: 'review', label: '核对内容' },
  { step: 'names', label: '确认名称' },
];

/** Where the office is in the import: three short steps across the top. */
export function ImportSteps({ step }: { step: WizardStep }) {
  const at = STEPS.findIndex((candidate) => candidate.step === step);
  return (
    <View className='zg-steps'>
      {STEPS.map((candidate, i) => (
        <View key={candidate.step} className={`zg-steps__step ${i === at ? 'zg-steps__step--on' : ''} ${i < at ? 'zg-steps__step--done' : ''}`}>
          <View className='zg-steps__dot'>{i < at ? '✓' : i + 1}</View>
          <View className='zg-steps__label'>{candidate.label}</View>
          {i < STEPS.length - 1 ? <View className='zg-steps__line' /> : null}
        </View>
      ))}
    </View>
  );
}
