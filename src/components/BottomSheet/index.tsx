import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = { open: boolean; title: string; onClose: () => void; children: ReactNode };

/** A panel rising from the bottom over a dimmed page, for a short task without leaving the page. */
export function BottomSheet({ open, title, onClose, children }: Props) {
  if (!open) return null;
  return (
    <View className='zg-sheet'>
      <View className='zg-sheet__mask' onClick={onClose} />
      <View className='zg-sheet__panel'>
        <View className='zg-sheet__head'>
          <View className='zg-sheet__title'>{title}</View>
          <View className='zg-sheet__close' aria-label='关闭' onClick={onClose}>
            ×
          </View>
        </View>
        {children}
      </View>
    </View>
  );
}
