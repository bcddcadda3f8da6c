import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = {
  label: string;
  required?: boolean;
  /** Why the value is refused, in Chinese; shown in red under the control. */
  error?: string | null;
  /** Grey help under the control when there is no error. */
  hint?: ReactNode;
  /** Right of the label, e.g. a character count. */
  aside?: ReactNode;
  children: ReactNode;
};

/** A form block with its label above: for text areas, pickers and grids that need the whole width. */
export function Field({ label, required, error, hint, aside, children }: Props) {
  return (
    <View className={`zg-block ${error ? 'zg-block--error' : ''}`}>
      <View className='zg-block__head'>
        <View className='zg-block__label'>
          {label}
          {required ? <View className='zg-block__required'>*</View> : null}
        </View>
        {aside ? <View className='zg-block__aside'>{aside}</View> : null}
      </View>
      <View className='zg-block__control'>{children}</View>
      {error ? (
        <View className='zg-block__error' role='alert'>
          {error}
        </View>
      ) : hint ? (
        <View className='zg-block__hint'>{hint}</View>
      ) : null}
    </View>
  );
}
