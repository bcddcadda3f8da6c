import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = { tone: 'red' | 'yellow' | 'blue'; title: string; children?: ReactNode };

/** A banner across the page for what needs attention now: a returned item, a pending request. */
export function Notice({ tone, title, children }: Props) {
  return (
    <View className={`zg-notice zg-notice--${tone}`}>
      <View className='zg-notice__title'>{title}</View>
      {children ? <View className='zg-notice__body'>{children}</View> : null}
    </View>
  );
}
