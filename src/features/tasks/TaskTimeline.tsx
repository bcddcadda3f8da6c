import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '../../../core/tasks/model';
import { EvidenceGallery } from '@/components/EvidenceGallery';
import { Section } from '@/components/Section';
import { StatusTag } from '@/components/StatusTag';
import { Timeline, TimelineItem } from '@/components/Timeline';
import { minutesUntil } from './format';
import { fileChipName } from '@/utils/fileNames';
import { formatMoment } from '@/utils/date';
import { TIMELINE_LABELS, decisionLabel, timelineTextLabel, timelineTone } from './labels';
import { openEvidence } from '@/components/EvidenceGallery/openEvidence';
import './TaskTimeline.scss';

type Props = {
  entries: TimelineEntry[];
  /** The author's own progress, within its 10 minutes. */
  onEditProgress: (entry: TimelineEntry) => void;
};

/** Everything that happened to the item, newest first: progress with its evidence, opinions, decisions. */
export function TaskTimeline({ entries, onEditProgress }: Props) {
  return (
    <Section title={`办理记录（${entries.length}）`}>
      {entries.length === 0 ? (
        <View className='zg-task-timeline__empty'>还没有办理记录</View>
      ) : (
        <Timeline>
          {entries.map((entry) => {
            const decision = decisionLabel(entry.decision);
            const textLabel = timelineTextLabel(entry.kind, entry.decision);
            const files = entry.files.map((file, index) => ({ ...file, key: file.fileID, name: fileChipName(file.name, index) }));
            const editable = entry.editable && minutesUntil(entry.editable.until) > 0 ? entry.editable : null;
            return (
              <TimelineItem
                key={entry.id}
                tone={timelineTone(entry.kind, entry.decision)}
                time={formatMoment(entry.at)}
                title={
                  <>
                    <Text className='zg-task-timeline__actor'>{entry.actor.name}</Text>
                    <Text> {TIMELINE_LABELS[entry.kind] ?? entry.kind}</Text>
                    {decision ? (
                      <Text className='zg-task-timeline__decision'>
                        <StatusTag tone={decision.tone}>{decision.label}</StatusTag>
                      </Text>
                    ) : null}
                  </>
                }
                aside={
                  editable ? (
                    <View className='zg-task-timeline__edit' onClick={() => onEditProgress(entry)}>
                      编辑
                    </View>
                  ) : undefined
                }
              >
                {entry.text || files.length > 0 ? (
                  <>
                    {entry.text ? (
                      <View className={textLabel === '补充整改要求' ? 'zg-task-timeline__requirement' : undefined}>
                        {textLabel ? <Text className='zg-task-timeline__label'>{textLabel}：</Text> : null}
                        {entry.text}
                      </View>
                    ) : null}
                    <EvidenceGallery files={files} onOpen={(file) => void openEvidence(file, files)} />
                  </>
                ) : null}
              </TimelineItem>
            );
          })}
        </Timeline>
      )}
    </Section>
  );
}
