import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

/**
 * Buttons fixed to the bottom of the screen, above the home indicator. The page keeps a spacer of the same
 * height at its end (ActionBarSpacer) so nothing hides behind the bar.
 */
export function ActionBar({ children }: { children: ReactNode }) {
  return <View className='zg-action-bar'>{children}</View>;
}

export function ActionBarSpacer() {
  return <View className='zg-action-bar-spacer' />;
}
