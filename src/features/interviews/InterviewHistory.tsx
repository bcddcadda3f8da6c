import { View } from '@tarojs/components';
import type { InterviewDetail } from '../../../core/interviews/model';
import type { InterviewState } from '../../../core/interviews/states';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { Timeline, TimelineItem } from '@/components/Timeline';
import { formatMoment } from '@/utils/date';

/** Each step as the act that reached it. */
const DONE: Record<InterviewState, string> = {
  draft: '发起约谈',
  pending_approval: '提交审批',
  approved: '审批同意',
  returned: '审批退回',
  recorded: '填写谈话记录',
  pending_signatures: '请双方签字',
  signed: '全部签字，记录封存',
  filed: '归档',
};

type Props = { interview: InterviewDetail; onOpenRevision: (revision: number) => void };

/** Every revision (newest first; older ones open as they were) and every step taken, with who and when. */
export function InterviewHistory({ interview, onOpenRevision }: Props) {
  const steps = interview.path.filter((step) => step.reached && step.at).reverse();
  return (
    <View>
      {interview.revisions.length > 1 ? (
        <Section title='版本记录' footer='更正会生成新版本并重新签字，旧版本保持原样可查。'>
          {interview.revisions.map((revision) => (
            <ListCell
              key={revision.revision}
              title={`第${revision.revision}版${revision.current ? '（当前）' : ''}`}
              description={revision.sealedAt ? `${formatMoment(revision.sealedAt)} 封存 · 校验码 ${revision.hash?.slice(0, 12) ?? ''}…` : '尚未封存'}
              value={revision.revision === interview.revision ? '正在查看' : undefined}
              onClick={revision.revision === interview.revision ? undefined : () => onOpenRevision(revision.revision)}
            />
          ))}
        </Section>
      ) : null}
      {steps.length > 0 ? (
        <Section title='流程记录'>
          <View className='zg-iv-history'>
            <Timeline>
              {steps.map((step) => (
                <TimelineItem
                  key={step.state}
                  title={DONE[step.state]}
                  time={`${step.by ? `${step.by.name} · ` : ''}${formatMoment(step.at as string)}`}
                  tone={step.state === 'returned' ? 'red' : 'green'}
                />
              ))}
            </Timeline>
          </View>
        </Section>
      ) : null}
    </View>
  );
}
