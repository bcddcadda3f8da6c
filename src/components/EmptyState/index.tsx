import type { ReactNode } from 'react';
import { Image, View } from '@tarojs/components';
import './index.scss';

type Props = {
  image?: string;
  title: string;
  description?: string;
  /** A button or link that gets the person out of the empty state. */
  action?: ReactNode;
};

export function EmptyState({ image, title, description, action }: Props) {
  return (
    <View className='zg-empty'>
      {image ? <Image className='zg-empty__image' src={image} /> : null}
      <View className='zg-empty__title'>{title}</View>
      {description ? <View className='zg-empty__desc'>{description}</View> : null}
      {action ? <View className='zg-empty__action'>{action}</View> : null}
    </View>
  );
}
