import { View } from '@tarojs/components';
import type { DashboardSummaryOutput } from '../../../core/actions/dashboard';
import { TASK_STATUSES, TASK_STATUS_LABELS } from '../../../core/tasks/status';
import type { TaskStatus } from '../../../core/tasks/status';

type Props = { byStatus: DashboardSummaryOutput['byStatus']; chosen: TaskStatus | null; onPick: (status: TaskStatus | null) => void };

/** Items per status, in the order of the way to 销号; tap one to narrow every figure to it, again to undo. */
export function StatusCard({ byStatus, chosen, onPick }: Props) {
  return (
    <View className='zg-dash-card zg-dash-status'>
      {TASK_STATUSES.map((status) => (
        <View
          key={status}
          className={`zg-dash-status__cell ${chosen === status ? 'zg-dash-status__cell--on' : ''}`}
          hoverClass='zg-dash-status__cell--active'
          onClick={() => onPick(chosen === status ? null : status)}
        >
          <View className='zg-dash-status__count'>{byStatus[status]}</View>
          <View className='zg-dash-status__label'>{TASK_STATUS_LABELS[status]}</View>
        </View>
      ))}
    </View>
  );
}
