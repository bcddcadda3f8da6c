import { View } from '@tarojs/components';
import { FilterBar } from '@/components/FilterBar';
import type { FilterItem, FilterOption } from '@/components/FilterBar';
import type { ListFilterState } from '@/components/TaskFilters/filterState';

type Props = {
  filter: ListFilterState;
  filtered: boolean;
  options: { plans: FilterOption[]; currentPlan: string; aspects: FilterOption[]; departments: FilterOption[]; leaders: FilterOption[] };
  onChange: (change: Partial<ListFilterState>) => void;
  onClear: () => void;
};

/** The list's filters over the figures: 整改方案 / 方面 / 部门 / 领导 / 只看逾期, and a way back to everything. */
export function DashboardFilters({ filter, filtered, options, onChange, onClear }: Props) {
  const items: FilterItem[] = [];
  // With several plans the figures are the current plan's, another plan's or, chosen explicitly, 全部整改任务.
  if (options.plans.length > 1) {
    items.push({ kind: 'select', key: 'plan', placeholder: '整改方案', noneLabel: options.currentPlan, options: options.plans, value: filter.planId, onChange: (planId) => onChange({ planId, aspect: null }) });
  }
  if (options.aspects.length > 0) items.push({ kind: 'select', key: 'aspect', placeholder: '方面', options: options.aspects, value: filter.aspect, onChange: (aspect) => onChange({ aspect }) });
  if (options.departments.length > 0) {
    items.push({ kind: 'select', key: 'department', placeholder: '部门', options: options.departments, value: filter.departmentId, onChange: (departmentId) => onChange({ departmentId }) });
  }
  if (options.leaders.length > 0) items.push({ kind: 'select', key: 'leader', placeholder: '领导', options: options.leaders, value: filter.leaderId, onChange: (leaderId) => onChange({ leaderId }) });
  items.push({ kind: 'toggle', key: 'overdue', label: '只看逾期', on: filter.overdueOnly, onChange: (overdueOnly) => onChange({ overdueOnly }) });
  return (
    <View className='zg-dash-filters'>
      <FilterBar items={items} />
      {filtered ? (
        <View className='zg-dash-filters__clear' onClick={onClear}>
          已筛选 · 清除筛选
        </View>
      ) : null}
    </View>
  );
}
