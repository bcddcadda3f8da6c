import { View } from '@tarojs/components';
import type { ListTasksOutput } from '../../../core/actions/tasks';
import { COUNT_KEYS, FIGURE_LABELS } from '../../../core/figures/figures';
import type { CountKey } from '../../../core/figures/figures';
import { TASK_STATUSES, TASK_STATUS_LABELS } from '../../../core/tasks/status';
import type { TaskStatus } from '../../../core/tasks/status';
import { ChipBar } from '@/components/ChipBar';
import type { Chip } from '@/components/ChipBar';
import { FilterBar } from '@/components/FilterBar';
import type { FilterItem, FilterOption } from '@/components/FilterBar';
import type { ListFilterState } from '@/components/TaskFilters/filterState';
import './TaskListHeader.scss';

type Props = {
  counts: ListTasksOutput['counts'];
  followUpCount: ListTasksOutput['followUpCount'];
  filter: ListFilterState;
  options: { plans: FilterOption[]; currentPlan: string; aspects: FilterOption[]; departments: FilterOption[]; leaders: FilterOption[] };
  onChange: (change: Partial<ListFilterState>) => void;
};

const ALL = 'all';
const FOLLOW_UPS = 'followUps';

/**
 * Above the list: the plan's 问题 per status, as 统计 counts them (tap to show only those), then the 举一反三 items
 * apart when there are any; below, 方面 / 部门 / 领导 / 统计口径 / 逾期. Each count is the rows its chip shows.
 */
export function TaskListHeader({ counts, followUpCount, filter, options, onChange }: Props) {
  const total = counts ? TASK_STATUSES.reduce((sum, status) => sum + counts[status], 0) : null;
  const chips: Chip[] = [
    { key: ALL, label: '全部', count: total },
    ...TASK_STATUSES.map((status) => ({ key: status, label: TASK_STATUS_LABELS[status], count: counts ? counts[status] : null })),
  ];
  if (filter.followUps || (followUpCount ?? 0) > 0) chips.push({ key: FOLLOW_UPS, label: '举一反三', count: followUpCount });
  const chosen = filter.followUps ? FOLLOW_UPS : (filter.status ?? ALL);
  const choose = (key: string) => onChange(key === FOLLOW_UPS ? { status: null, followUps: true } : { status: key === ALL ? null : (key as TaskStatus), followUps: false });
  const items: FilterItem[] = [];
  if (options.plans.length > 1) {
    items.push({ kind: 'select', key: 'plan', placeholder: '整改方案', noneLabel: options.currentPlan, options: options.plans, value: filter.planId, onChange: (planId) => onChange({ planId, aspect: null }) });
  }
  if (options.aspects.length > 0) {
    items.push({ kind: 'select', key: 'aspect', placeholder: '方面', options: options.aspects, value: filter.aspect, onChange: (aspect) => onChange({ aspect }) });
  }
  if (options.departments.length > 0) {
    items.push({ kind: 'select', key: 'department', placeholder: '部门', options: options.departments, value: filter.departmentId, onChange: (departmentId) => onChange({ departmentId }) });
  }
  if (options.leaders.length > 0) {
    items.push({ kind: 'select', key: 'leader', placeholder: '领导', options: options.leaders, value: filter.leaderId, onChange: (leaderId) => onChange({ leaderId }) });
  }
  items.push({
    kind: 'select',
    key: 'figure',
    placeholder: '统计口径',
    options: COUNT_KEYS.filter((key) => key !== 'total').map((key) => ({ value: key, label: FIGURE_LABELS[key] })),
    value: filter.figure,
    onChange: (figure) => onChange({ figure: figure as CountKey | null }),
  });
  items.push({ kind: 'toggle', key: 'overdue', label: '只看逾期', on: filter.overdueOnly, onChange: (overdueOnly) => onChange({ overdueOnly }) });
  return (
    <View className='zg-task-list-header'>
      <ChipBar chips={chips} value={chosen} onChange={choose} />
      <FilterBar items={items} />
    </View>
  );
}
