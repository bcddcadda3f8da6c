import { View } from '@tarojs/components';
import type { InterviewField } from '../../../core/interviews/fields';
import type { InterviewDetail } from '../../../core/interviews/model';
import { FEEDBACK_STATE_LABELS, INTERVIEW_KIND_LABELS } from '../../../core/interviews/states';
import type { EvidenceFile } from '../../../core/tasks/model';
import { EvidenceGallery } from '@/components/EvidenceGallery';
import type { GalleryFile } from '@/components/EvidenceGallery';
import { Section } from '@/components/Section';
import { StatusTag } from '@/components/StatusTag';
import { openEvidence } from '@/components/EvidenceGallery/openEvidence';
import { FactRow, FactText } from './Facts';
import { formatFull, partyLine } from './format';
import { fileChipName } from '@/utils/fileNames';
import { formatMoment } from '@/utils/date';
import { formatDay } from '@/utils/date';
import { FEEDBACK_TONES } from './labels';

type Props = { interview: InterviewDetail; onOpenTask: (taskId: string) => void };

function gallery(files: EvidenceFile[]): GalleryFile[] {
  return files.map((file, index) => ({ key: file.fileID, name: fileChipName(file.name, index), isImage: file.isImage, url: file.url }));
}

function Files({ files }: { files: EvidenceFile[] }) {
  const shown = gallery(files);
  return <EvidenceGallery files={shown} onOpen={(file) => void openEvidence(file, shown)} />;
}

/** The record laid out like the paper 约谈记录: who and why, the approval, the talk, then what came after. */
export function InterviewFacts({ interview, onOpenTask }: Props) {
  const missing = (field: InterviewField) => interview.missing.includes(field);
  const source = interview.source;
  const record = interview.record;
  return (
    <View>
      <Section title='基本情况'>
        <FactRow label='谈话类型'>{INTERVIEW_KIND_LABELS[interview.kind]}</FactRow>
        <FactRow
          label='事项来源'
          missing={missing('source')}
          onClick={source?.type === 'task' ? () => onOpenTask(source.taskId) : undefined}
        >
          {source ? (source.type === 'task' ? `${source.number ? `问题${source.number} · ` : ''}${source.title}` : source.text) : null}
        </FactRow>
        <FactRow label='约谈对象' missing={missing('subject')}>
          {interview.subject ? partyLine(interview.subject) : null}
        </FactRow>
        <FactRow label='约谈人' missing={missing('interviewers')}>
          {interview.interviewers.length > 0 ? interview.interviewers.map(partyLine).join('\n') : null}
        </FactRow>
        <FactRow label='记录人' missing={missing('recorder')}>
          {interview.recorder ? partyLine(interview.recorder) : null}
        </FactRow>
        <FactRow label='审批领导' missing={missing('approver')}>
          {interview.approver ? partyLine(interview.approver) : null}
        </FactRow>
        <FactRow label='约谈时间' missing={missing('plannedAt')}>
          {interview.plannedAt ? formatFull(interview.plannedAt) : null}
        </FactRow>
        <FactRow label='约谈地点' missing={missing('place')}>
          {interview.place}
        </FactRow>
        <FactRow label='发起人'>{`${interview.proposer.name} · ${formatMoment(interview.createdAt)}`}</FactRow>
      </Section>
      <Section title='约谈事由'>
        <FactText text={interview.reason} missing={missing('reason')} />
      </Section>
      <Section title='领导审批意见'>
        <FactText
          label={interview.approval ? '同意' : '审批意见'}
          text={interview.approval?.opinion}
          missing={missing('approverOpinion')}
          empty={interview.state === 'pending_approval' ? '待审批' : '尚未审批'}
          footer={interview.approval ? `${interview.approval.by.name} · ${formatFull(interview.approval.at)}` : null}
        />
      </Section>
      {record ? (
        <Section title='谈话记录'>
          <FactRow label='谈话时间' missing={missing('heldAt')}>
            {record.heldAt ? formatFull(record.heldAt) : null}
          </FactRow>
          {record.earlyReason ? <FactText label='提前谈话原因' text={record.earlyReason} missing={false} /> : null}
          <FactText label='谈话内容' text={record.content} missing={missing('content')} />
          <FactText label='约谈对象说明/表态' text={record.statement} missing={missing('statement')} />
          <FactText label='整改要求' text={record.requirements} missing={missing('requirements')} />
          <FactText
            label='整改承诺'
            text={record.commitments.length > 0 ? record.commitments.map((item, index) => `${index + 1}. ${item}`).join('\n') : null}
            missing={missing('commitments')}
          />
          <FactRow label='反馈期限' missing={missing('feedbackDue')}>
            {record.feedbackDue ? formatDay(record.feedbackDue) : null}
          </FactRow>
          {record.attachments.length > 0 ? (
            <View className='zg-fact-text'>
              <View className='zg-fact-text__label'>附件</View>
              <Files files={record.attachments} />
            </View>
          ) : null}
          <FactRow label='记录人'>{`${record.by.name} · ${formatMoment(record.at)}`}</FactRow>
        </Section>
      ) : null}
    </View>
  );
}

/** After the signatures: the 组织实施部门意见, the filing and the 对象's 整改反馈. */
export function InterviewAfterFacts({ interview }: { interview: InterviewDetail }) {
  const sealedOrLater = interview.state === 'signed' || interview.state === 'filed';
  if (!sealedOrLater) return null;
  return (
    <View>
      <Section title='组织实施部门意见'>
        <FactText
          label='意见'
          text={interview.deptOpinion?.text}
          missing={interview.missing.includes('deptOpinion')}
          empty='待办公室填写'
          footer={interview.deptOpinion ? `${interview.deptOpinion.by.name} · ${formatFull(interview.deptOpinion.at)}` : null}
        />
      </Section>
      <Section title='归档'>
        <FactRow label='归档情况' empty='尚未归档'>
          {interview.filed ? `${interview.filed.by.name} · ${formatFull(interview.filed.at)}` : null}
        </FactRow>
      </Section>
      {interview.state === 'filed' ? (
        <Section title='整改反馈'>
          <FactRow label='状态'>
            <StatusTag tone={FEEDBACK_TONES[interview.feedbackState]}>{FEEDBACK_STATE_LABELS[interview.feedbackState]}</StatusTag>
          </FactRow>
          {interview.feedbackDue ? <FactRow label='反馈期限'>{formatDay(interview.feedbackDue)}</FactRow> : null}
          {interview.feedback ? (
            <FactText
              label={interview.feedback.late ? '反馈内容（逾期提交）' : '反馈内容'}
              text={interview.feedback.text}
              footer={`${interview.feedback.by.name} · ${formatFull(interview.feedback.at)}`}
            />
          ) : null}
          {interview.feedback && interview.feedback.files.length > 0 ? (
            <View className='zg-fact-text'>
              <Files files={interview.feedback.files} />
            </View>
          ) : null}
        </Section>
      ) : null}
    </View>
  );
}
