import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

export type TimelineTone = 'green' | 'yellow' | 'red' | 'blue' | 'grey';

type ItemProps = {
  title: ReactNode;
  /** When it happened, already formatted. */
  time: string;
  tone?: TimelineTone;
  /** A link or tag at the right of the title line. */
  aside?: ReactNode;
  children?: ReactNode;
};

/** A vertical history: a dot and a line per entry, newest first as the caller orders them. */
export function Timeline({ children }: { children: ReactNode }) {
  return <View className='zg-timeline'>{children}</View>;
}

export function TimelineItem({ title, time, tone = 'grey', aside, children }: ItemProps) {
  return (
    <View className='zg-timeline__item'>
      <View className={`zg-timeline__dot zg-timeline__dot--${tone}`} />
      <View className='zg-timeline__body'>
        <View className='zg-timeline__head'>
          <View className='zg-timeline__title'>{title}</View>
          {aside ? <View className='zg-timeline__aside'>{aside}</View> : null}
        </View>
        <View className='zg-timeline__time'>{time}</View>
        {children ? <View className='zg-timeline__content'>{children}</View> : null}
      </View>
    </View>
  );
}
