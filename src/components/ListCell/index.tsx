import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './index.scss';

type Props = {
  title: ReactNode;
  description?: ReactNode;
  /** Shown under the title, e.g. a row of tags. */
  extra?: ReactNode;
  /** Grey text on the right, before the arrow. */
  value?: ReactNode;
  /** Defaults to shown when the cell is tappable. */
  arrow?: boolean;
  onClick?: () => void;
};

/** One row of a WeUI list: title and description on the left, value and arrow on the right. */
export function ListCell({ title, description, extra, value, arrow, onClick }: Props) {
  const showArrow = arrow ?? Boolean(onClick);
  return (
    <View className='zg-cell' hoverClass={onClick ? 'zg-cell--active' : 'none'} onClick={onClick}>
      <View className='zg-cell__main'>
        <View className='zg-cell__title'>{title}</View>
        {description ? <View className='zg-cell__desc'>{description}</View> : null}
        {extra ? <View className='zg-cell__extra'>{extra}</View> : null}
      </View>
      {value !== undefined ? <View className='zg-cell__value'>{value}</View> : null}
      {showArrow ? <View className='zg-cell__arrow' /> : null}
    </View>
  );
}
