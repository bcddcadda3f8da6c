import { View } from '@tarojs/components';
import type { ClosureStep, TaskDetail } from '../../../core/tasks/model';
import { EvidenceGallery } from '@/components/EvidenceGallery';
import { Section } from '@/components/Section';
import { StatusTag } from '@/components/StatusTag';
import { fileChipName } from '@/utils/fileNames';
import { formatMoment } from '@/utils/date';
import { openEvidence } from '@/components/EvidenceGallery/openEvidence';
import './ClosureSummary.scss';

/** The latest 销号 application: what the owner says was done, the evidence, and each decision taken on it so far. */
export function ClosureSummary({ closure }: { closure: NonNullable<TaskDetail['closure']> }) {
  const files = closure.files.map((file, index) => ({ ...file, key: file.fileID, name: fileChipName(file.name, index) }));
  return (
    <Section title='销号申请'>
      <View className='zg-closure-summary'>
        <View className='zg-closure-summary__by'>
          {closure.appliedBy.name} · {formatMoment(closure.appliedAt)}
        </View>
        <View className='zg-closure-summary__text'>{closure.summary}</View>
        <EvidenceGallery files={files} onOpen={(file) => void openEvidence(file, files)} />
        {closure.review ? <StepLine title='责任领导审核' step={closure.review} /> : null}
        {closure.signOff ? <StepLine title='组长审定' step={closure.signOff} /> : null}
      </View>
    </Section>
  );
}

function StepLine({ title, step }: { title: string; step: ClosureStep }) {
  return (
    <View className='zg-closure-summary__step'>
      <View className='zg-closure-summary__step-head'>
        <View className='zg-closure-summary__step-title'>{title}</View>
        <StatusTag tone={step.decision === 'pass' ? 'green' : 'red'}>{step.decision === 'pass' ? '通过' : '退回'}</StatusTag>
      </View>
      <View className='zg-closure-summary__by'>
        {step.by.name} · {formatMoment(step.at)}
      </View>
      {step.opinion ? <View className='zg-closure-summary__opinion'>{step.opinion}</View> : null}
    </View>
  );
}
