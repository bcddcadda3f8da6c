import { View } from '@tarojs/components';
import type { InterviewFigures } from '../../../core/dashboard/model';

type Props = { figures: InterviewFigures };

/** The seed's 约谈 findings, watched: talks held this half-year, and records still missing a field or signature. */
export function InterviewCard({ figures }: Props) {
  return (
    <View className='zg-dash-card'>
      {figures.warning ? <View className='zg-dash-warning'>{figures.warning}</View> : null}
      <View className='zg-dash-pair'>
        <View className='zg-dash-pair__cell'>
          <View className='zg-dash-pair__value'>{figures.held}</View>
          <View className='zg-dash-pair__label'>本半年已开展</View>
        </View>
        <View className='zg-dash-pair__cell'>
          <View className='zg-dash-pair__value'>{figures.planned}</View>
          <View className='zg-dash-pair__label'>已安排待开展</View>
        </View>
        <View className='zg-dash-pair__cell'>
          <View className={`zg-dash-pair__value ${figures.incomplete > 0 ? 'zg-dash-red' : ''}`}>{figures.incomplete}</View>
          <View className='zg-dash-pair__label'>记录缺项待补</View>
        </View>
      </View>
      <View className='zg-dash-hint'>统计期间：{figures.halfYear}。缺项指待审批意见、谈话内容、签字等未齐全的记录。</View>
    </View>
  );
}
