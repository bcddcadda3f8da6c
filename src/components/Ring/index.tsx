import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = {
  /** 0–100. */
  percent: number;
  /** What the ring says in words, for screen readers; the figures in `children` are the visible text. */
  label: string;
  size?: 'large' | 'small';
  children?: ReactNode;
};

/**
 * A completion ring drawn with a CSS conic gradient: no canvas, no chart library. Where the gradient is not
 * supported the grey track shows and the figure in the middle still tells the number.
 */
export function Ring({ percent, label, size = 'large', children }: Props) {
  const value = Math.max(0, Math.min(100, percent));
  return (
    <View className={`zg-ring zg-ring--${size}`} aria-label={label} role='img'>
      <View className='zg-ring__track' style={{ background: `conic-gradient(#07c160 0 ${value}%, rgba(0, 0, 0, 0.08) ${value}% 100%)` }} />
      <View className='zg-ring__hole'>{children}</View>
    </View>
  );
}
