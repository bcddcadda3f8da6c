import Taro from '@tarojs/taro';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import type { useRecord } from '@/api/useRecord';
import { View } from '@tarojs/components';
import { ActionBarSpacer } from '@/components/ActionBar';
import { Section } from '@/components/Section';
import { ExportSheet } from './ExportSheet';
import { InterviewActions } from './InterviewActions';
import { InterviewAfterFacts, InterviewFacts } from './InterviewFacts';
import { InterviewHeader } from './InterviewHeader';
import { InterviewHistory } from './InterviewHistory';
import { InterviewNotices } from './InterviewNotices';
import { InterviewPath } from './InterviewPath';
import { SealPanel } from './SealPanel';
import { SignatureSlots } from './SignatureSlots';
import { nextStepCaption } from './nextStep';
import { interviewPageUrl } from './routes';
import { useInterviewActions } from './useInterviewActions';
import { useSealCheck } from './useSealCheck';
import { TASK_PAGES } from '@/features/tasks/routes';

type Detail = ReturnType<typeof useRecord<GetInterviewOutput>>;
type Props = { detail: Detail & { data: NonNullable<Detail['data']> }; revision: number | null };

/** A record as its detail page shows it: the form's fields in order, the signatures, the seal, and the buttons. */
export function InterviewDetailView({ detail, revision }: Props) {
  const { interview, can } = detail.data;
  const viewingOld = revision !== null && !interview.revisions.some((entry) => entry.current && entry.revision === revision);
  const seal = useSealCheck(interview.id, revision, detail.setData);
  const actions = useInterviewActions({ data: detail.data, revision: viewingOld ? revision : null, apply: detail.apply, reload: detail.reload });
  return (
    <View>
      <InterviewHeader interview={interview} viewingOld={viewingOld} />
      <InterviewNotices interview={interview} can={can} viewingOld={viewingOld} />
      <InterviewPath path={interview.path} caption={viewingOld ? null : nextStepCaption(interview, can)} />
      <InterviewFacts interview={interview} onOpenTask={(taskId) => void Taro.navigateTo({ url: `${TASK_PAGES.detail}?id=${encodeURIComponent(taskId)}` })} />
      {interview.slots.length > 0 ? (
        <Section title='签字'>
          <SignatureSlots slots={interview.slots} mine={viewingOld ? [] : can.sign} onSign={actions.sign} />
        </Section>
      ) : null}
      <Section title='封存校验'>
        <SealPanel seal={interview.seal} verifying={seal.verifying} onVerify={can.verify && interview.seal.sealed ? () => void seal.verify() : undefined} />
      </Section>
      <InterviewAfterFacts interview={interview} />
      <InterviewHistory
        interview={interview}
        onOpenRevision={(number) => {
          const current = interview.revisions.find((entry) => entry.current)?.revision;
          void Taro.navigateTo({ url: interviewPageUrl('detail', { id: interview.id, revision: number === current ? undefined : number }) });
        }}
      />
      <ActionBarSpacer />
      <InterviewActions can={can} viewingOld={viewingOld} hasRecord={interview.record !== null} actions={actions} />
      <ExportSheet exported={actions.exported} onClose={actions.closeExport} />
    </View>
  );
}
