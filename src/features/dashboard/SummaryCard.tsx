import { View } from '@tarojs/components';
import type { DashboardSummaryOutput } from '../../../core/actions/dashboard';
import { ALL_PLANS_LABEL } from '../../../core/plans/scope';
import { FIGURE_LABELS } from '../../../core/figures/figures';
import type { CountKey } from '../../../core/figures/figures';
import { Ring } from '@/components/Ring';
import { beijingClock, formatRate } from './format';

type Props = { summary: DashboardSummaryOutput; filtered: boolean; onOpen: (figure: CountKey) => void };

/** The figures under the ring, each opening the list of the items it counts. */
const SUMMARY_FIGURES: { key: CountKey; tone: 'green' | 'blue' | 'red' | null }[] = [
  { key: 'total', tone: null },
  { key: 'done', tone: 'green' },
  { key: 'inProgress', tone: 'blue' },
  { key: 'notStarted', tone: null },
  { key: 'overdue', tone: 'red' },
];

/** The first thing a leader reads: how far the unit (or their part of it) has come, in one ring and five numbers. */
export function SummaryCard({ summary, filtered, onOpen }: Props) {
  const { totals } = summary;
  const scope = summary.scope === 'unit' ? '全部事项' : '我负责和参与的事项';
  return (
    <View className='zg-dash-card zg-dash-summary'>
      <Ring percent={totals.rate} label={`${FIGURE_LABELS.rate}${formatRate(totals.rate)}`}>
        <View className='zg-dash-summary__rate'>{formatRate(totals.rate)}</View>
        <View className='zg-dash-summary__rate-label'>{FIGURE_LABELS.rate}</View>
      </Ring>
      <View className='zg-dash-summary__figures'>
        {SUMMARY_FIGURES.map(({ key, tone }) => (
          <View key={key} className='zg-dash-summary__figure' hoverClass='zg-dash-summary__figure--active' onClick={() => onOpen(key)}>
            <View className={`zg-dash-summary__value ${tone && totals[key] > 0 ? `zg-dash-summary__value--${tone}` : ''}`}>{totals[key]}</View>
            <View className='zg-dash-summary__label'>{FIGURE_LABELS[key]}</View>
          </View>
        ))}
      </View>
      <View className='zg-dash-summary__plan'>{planWords(summary)}</View>
      <View className='zg-dash-summary__note'>
        {filtered ? `${scope}（已筛选）` : scope} · 长期坚持事项销号后计为已完成整改 · 截至{beijingClock(summary.asOf)}
        {totals.consolidationOverdue > 0 ? ` · ${FIGURE_LABELS.longTerm}${totals.longTerm}项，其中${FIGURE_LABELS.consolidationOverdue}${totals.consolidationOverdue}项` : ''}
      </View>
    </View>
  );
}

/** Which plan the figures are of: the picker above has room for a few characters only. */
function planWords(summary: DashboardSummaryOutput): string {
  const [only] = summary.plans;
  if (summary.allPlans) return `${ALL_PLANS_LABEL}（${summary.plans.length}个方案）`;
  return only ? `${only.kindLabel}·${only.title}` : '';
}
