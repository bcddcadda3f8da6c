import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = { label: string; children: ReactNode };

/** A WeUI form row: a fixed-width label and its control. */
export function FormField({ label, children }: Props) {
  return (
    <View className='zg-field'>
      <View className='zg-field__label'>{label}</View>
      <View className='zg-field__control'>{children}</View>
    </View>
  );
}
