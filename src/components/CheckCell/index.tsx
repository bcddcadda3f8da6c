import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = {
  title: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onToggle: () => void;
};

/** A tappable row with a WeUI check mark on the left: one choice of several. */
export function CheckCell({ title, description, checked, onToggle }: Props) {
  return (
    <View
      className={`zg-check ${checked ? 'zg-check--on' : ''}`}
      hoverClass='zg-check--active'
      onClick={onToggle}
    >
      <View className='zg-check__box' />
      <View className='zg-check__main'>
        <View className='zg-check__title'>{title}</View>
        {description ? <View className='zg-check__desc'>{description}</View> : null}
      </View>
    </View>
  );
}
