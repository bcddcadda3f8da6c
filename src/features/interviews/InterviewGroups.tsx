import { View } from '@tarojs/components';
import type { InterviewSummary } from '../../../core/interviews/model';
import { InterviewRow } from './InterviewRow';
import type { InterviewGroup } from './useInterviewsTab';
import './InterviewGroups.scss';

type Props = { groups: InterviewGroup[]; onOpen: (item: InterviewSummary) => void };

/** The list in its groups: 待我签字 first (in red), then mine, then the others the caller may see. */
export function InterviewGroups({ groups, onOpen }: Props) {
  return (
    <View>
      {groups.map((group) => (
        <View key={group.key} className={`zg-iv-group zg-iv-group--${group.key}`}>
          <View className='zg-iv-group__title'>
            {group.title}
            <View className='zg-iv-group__count'>{group.items.length}</View>
          </View>
          {group.items.map((item) => (
            <InterviewRow key={item.id} item={item} onOpen={onOpen} />
          ))}
        </View>
      ))}
    </View>
  );
}
