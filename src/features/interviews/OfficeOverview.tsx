import { useState } from 'react';
import { View } from '@tarojs/components';
import type { InterviewOverviewOutput } from '../../../core/actions/interviews';
import type { InterviewSummary } from '../../../core/interviews/model';
import { Notice } from '@/components/Notice';
import { InterviewRow } from './InterviewRow';
import { formatDay } from '@/utils/date';
import './OfficeOverview.scss';

type Props = { overview: InterviewOverviewOutput; onOpen: (item: InterviewSummary) => void };

const FOLDED = 3;

/**
 * For the office and the secretary: a warning when the current half-year has had no 约谈 at all (the inspection's
 * finding), and the records that cannot move on, each with what it lacks.
 */
export function OfficeOverview({ overview, onOpen }: Props) {
  const [unfolded, setUnfolded] = useState(false);
  const { halfYear, incomplete } = overview;
  const shown = unfolded ? incomplete : incomplete.slice(0, FOLDED);
  return (
    <View className='zg-iv-overview'>
      {halfYear.warning ? (
        <Notice tone='red' title={halfYear.warning}>
          {`${formatDay(halfYear.start)}至${formatDay(halfYear.end)}。巡察指出“半年未开展约谈”，请及时安排。`}
        </Notice>
      ) : (
        <View className='zg-iv-overview__ok'>
          {halfYear.label}已开展约谈 {halfYear.held} 次{halfYear.planned > 0 ? `，另有 ${halfYear.planned} 次已安排` : ''}
        </View>
      )}
      {incomplete.length > 0 ? (
        <View className='zg-iv-overview__incomplete'>
          <View className='zg-iv-overview__title'>缺项记录（{incomplete.length}）</View>
          {shown.map((item) => (
            <InterviewRow key={item.id} item={item} onOpen={onOpen} showMissing />
          ))}
          {incomplete.length > FOLDED ? (
            <View className='zg-iv-overview__more' onClick={() => setUnfolded(!unfolded)}>
              {unfolded ? '收起' : `展开全部 ${incomplete.length} 条`}
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
