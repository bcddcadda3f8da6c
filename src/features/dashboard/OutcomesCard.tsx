import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { REPORT_PAGES } from '@/features/exports/routes';
import type { OutcomeFigureLine } from '../../../core/outcomes/figures';
import type { OutcomeKind } from '../../../core/outcomes/kinds';
import { OutcomeList } from './OutcomeList';

type Props = { lines: OutcomeFigureLine[]; planId: string | null };

/** What rectification achieved (confirmed outcomes only), in the wording of the 公示 and the report; a line opens its list. */
export function OutcomesCard({ lines, planId }: Props) {
  const [open, setOpen] = useState<OutcomeKind | null>(null);
  return (
    <View className='zg-dash-card'>
      {lines.map((line) => (
        <View key={line.kind} className={`zg-dash-row ${open === line.kind ? 'zg-dash-row--active' : ''}`} onClick={() => setOpen(open === line.kind ? null : line.kind)}>
          <View className='zg-dash-row__head'>
            <View className='zg-dash-row__label'>{line.label}</View>
            <View className='zg-dash-row__rate'>{line.empty ? '' : open === line.kind ? '收起' : '查看'}</View>
          </View>
          <View className='zg-dash-row__caption'>{line.text}</View>
          {open === line.kind && !line.empty ? <OutcomeList kind={line.kind} planId={planId} /> : null}
          {open === line.kind && line.kind === 'rule' && !line.empty ? (
            <View className='zg-dash-link' onClick={() => void Taro.navigateTo({ url: REPORT_PAGES.rules })}>
              查看制度清单
            </View>
          ) : null}
        </View>
      ))}
      <View className='zg-dash-hint'>仅统计责任领导已确认的成效。问责情况仅办公室、书记和该事项责任领导可查看名单。</View>
    </View>
  );
}
