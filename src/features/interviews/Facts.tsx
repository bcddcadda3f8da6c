import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './Facts.scss';

type RowProps = {
  label: string;
  children?: ReactNode;
  /** Shown in grey (or red when `missing`) when there is nothing to show. */
  empty?: string;
  missing?: boolean;
  onClick?: () => void;
};

/** One line of the paper form: the printed label on the left, what was written on the right (wrapping). */
export function FactRow({ label, children, empty = '未填写', missing, onClick }: RowProps) {
  const blank = children === null || children === undefined || children === '';
  return (
    <View className={`zg-fact ${onClick ? 'zg-fact--link' : ''}`} hoverClass={onClick ? 'zg-fact--active' : 'none'} onClick={onClick}>
      <View className='zg-fact__label'>{label}</View>
      <View className={`zg-fact__value ${blank ? (missing ? 'zg-fact__value--missing' : 'zg-fact__value--empty') : ''}`}>{blank ? empty : children}</View>
      {onClick ? <View className='zg-fact__arrow' /> : null}
    </View>
  );
}

type TextProps = { label?: string; text: string | null | undefined; missing?: boolean; empty?: string; footer?: ReactNode };

/** A field that holds a paragraph: its label above the text, as on the form. */
export function FactText({ label, text, missing, empty = '未填写', footer }: TextProps) {
  return (
    <View className='zg-fact-text'>
      {label ? <View className='zg-fact-text__label'>{label}</View> : null}
      <View className={`zg-fact-text__body ${text ? '' : missing ? 'zg-fact-text__body--missing' : 'zg-fact-text__body--empty'}`}>{text || empty}</View>
      {footer ? <View className='zg-fact-text__footer'>{footer}</View> : null}
    </View>
  );
}
