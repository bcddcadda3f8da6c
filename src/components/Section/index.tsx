import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = {
  title?: string;
  /** Grey note under the group, e.g. what a setting means. */
  footer?: string;
  children: ReactNode;
};

/** A WeUI cell group: a grey header over white cells. */
export function Section({ title, footer, children }: Props) {
  return (
    <View className='zg-section'>
      {title ? <View className='zg-section__title'>{title}</View> : null}
      <View className='zg-section__body'>{children}</View>
      {footer ? <View className='zg-section__footer'>{footer}</View> : null}
    </View>
  );
}
