import { useMemo, useState } from 'react';
import { ROLES } from '../../../core/roles';
import type { Member } from '../../../core/roster/model';
import { useAction } from '@/api/hooks';

/** 'all', 'none' (members in no department) or a department id. */
export type DepartmentFilter = string;
export const ALL = 'all';
export const NO_DEPARTMENT = 'none';

// The plan's own order: 组长, 责任领导, 办公室, 干部; active members before those switched off.
function rank(member: Member): number {
  const highest = Math.min(...member.roles.map((role) => ROLES.indexOf(role)));
  return (member.active ? 0 : 10) + highest;
}

/** The roster with its departments, filtered by the chosen department. */
export function useMemberList() {
  const members = useAction('roster.listMembers', { includeInactive: true }, { refreshOnShow: true });
  const departments = useAction('roster.listDepartments', {}, { refreshOnShow: true });
  const [filter, setFilter] = useState<DepartmentFilter>(ALL);

  const all = useMemo(
    () => [...(members.data?.members ?? [])].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN')),
    [members.data],
  );
  const visible = useMemo(() => {
    if (filter === ALL) return all;
    if (filter === NO_DEPARTMENT) return all.filter((m) => m.departmentIds.length === 0);
    return all.filter((m) => m.departmentIds.includes(filter));
  }, [all, filter]);

  const departmentNames = useMemo(
    () => new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );

  return {
    loading: members.loading || departments.loading,
    error: members.error ?? departments.error,
    ready: Boolean(members.data && departments.data),
    reload: () => {
      members.reload();
      departments.reload();
    },
    departments: departments.data?.departments ?? [],
    departmentNames,
    filter,
    setFilter,
    total: all.length,
    unassigned: all.filter((m) => m.departmentIds.length === 0).length,
    visible,
  };
}
