import { ScrollView, View } from '@tarojs/components';
import type { Department } from '../../../core/roster/model';
import { ALL, NO_DEPARTMENT } from './useMemberList';
import type { DepartmentFilter } from './useMemberList';
import './DepartmentTabs.scss';

type Props = {
  departments: Department[];
  total: number;
  unassigned: number;
  value: DepartmentFilter;
  onChange: (filter: DepartmentFilter) => void;
};

/** A sideways-scrolling row of department chips over the roster. */
export function DepartmentTabs({ departments, total, unassigned, value, onChange }: Props) {
  const chips = [
    { key: ALL, label: `全部 ${total}` },
    ...departments.map((d) => ({ key: d.id, label: `${d.name} ${d.memberCount}` })),
    ...(unassigned > 0 ? [{ key: NO_DEPARTMENT, label: `未分部门 ${unassigned}` }] : []),
  ];
  return (
    <ScrollView className='zg-dept-tabs' scrollX enhanced showScrollbar={false}>
      <View className='zg-dept-tabs__row'>
        {chips.map((chip) => (
          <View
            key={chip.key}
            className={`zg-dept-tabs__chip ${chip.key === value ? 'zg-dept-tabs__chip--on' : ''}`}
            onClick={() => onChange(chip.key)}
          >
            {chip.label}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
