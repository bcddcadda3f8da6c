import type { ReactNode } from 'react';
import { Text } from '@tarojs/components';
import './index.scss';

/** green: done / on time; yellow: due soon / in progress; red: overdue / returned; blue: waiting on someone; grey: not started / off. */
export type StatusTone = 'green' | 'yellow' | 'red' | 'grey' | 'blue';

type Props = { tone: StatusTone; children: ReactNode };

export function StatusTag({ tone, children }: Props) {
  return <Text className={`zg-tag zg-tag--${tone}`}>{children}</Text>;
}
