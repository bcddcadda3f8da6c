import { Text } from '@tarojs/components';
import type { DeadlineColour } from '../../../core/tasks/deadline';
import './index.scss';

type Props = { colour: DeadlineColour; label: string };

/** 三色预警: a coloured dot and the time left (还剩3天 / 已逾期5天), readable without the colour too. */
export function DeadlineBadge({ colour, label }: Props) {
  return (
    <Text className={`zg-deadline zg-deadline--${colour}`}>
      <Text className='zg-deadline__dot' />
      {label}
    </Text>
  );
}
