import { useMemo, useState } from 'react';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { useAction, useMutation } from '@/api/hooks';
import { useDraft } from '@/forms/drafts';
import { finishTaskWrite } from './taskRecords';
import { can } from '../../../core/capabilities';

const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/**
 * 分配责任: the office (or the 组长) sets the item's 责任部门, 责任领导 and named 责任人 from the roster. Members of
 * the chosen departments are offered first as 责任人; leaders are the members who lead (党组成员, 组长).
 */
export function useAssignForm(snapshot: GetTaskOutput) {
  const { task } = snapshot;
  const departments = useAction('roster.listDepartments', {});
  const members = useAction('roster.listMembers', {});
  const assign = useMutation('tasks.assign');
  const [departmentIds, setDepartmentIds] = useState<string[]>(task.departments.map((d) => d.id));
  const [leaderId, setLeaderId] = useState<string | null>(task.leader?.id ?? null);
  const [assigneeIds, setAssigneeIds] = useState<string[]>(task.assignees.map((p) => p.id));
  const draft = useDraft({
    scope: `tasks.assign:${task.id}`,
    value: { departmentIds, leaderId, assigneeIds },
    empty: { departmentIds: task.departments.map((d) => d.id), leaderId: task.leader?.id ?? null, assigneeIds: task.assignees.map((p) => p.id) },
    restore: (saved) => {
      setDepartmentIds(saved.departmentIds);
      setLeaderId(saved.leaderId);
      setAssigneeIds(saved.assigneeIds);
    },
  });

  const active = useMemo(() => (members.data?.members ?? []).filter((m) => m.active), [members.data]);
  const leaders = useMemo(() => active.filter((m) => can(m.roles, 'leadsItems')), [active]);
  const departmentNames = useMemo(() => new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name])), [departments.data]);
  // Named 责任人 are the cadres who do the work; leaders answer for items as 责任领导 instead.
  const cadres = active.filter((m) => can(m.roles, 'ownsDepartmentItems') || assigneeIds.includes(m.id));
  const inChosen = cadres.filter((m) => m.departmentIds.some((id) => departmentIds.includes(id)));
  const others = cadres.filter((m) => !inChosen.includes(m));

  const submit = async () => {
    const result = await assign.run({ taskId: task.id, version: task.version, departmentIds, leaderId, assigneeIds });
    if (result.ok) draft.submitted();
    await finishTaskWrite(task.id, result, '已保存分工');
  };

  return {
    task,
    draft,
    loading: !departments.data || !members.data,
    error: departments.error ?? members.error,
    reload: () => {
      departments.reload();
      members.reload();
    },
    departments: departments.data?.departments ?? [],
    departmentNames,
    leaders,
    inChosen,
    others,
    departmentIds,
    leaderId,
    assigneeIds,
    /** Names the plan wrote that are not roster departments (e.g. 全体帮扶干部): kept as written. */
    writtenOnly: task.departmentNames.filter((name) => !(departments.data?.departments ?? []).some((d) => d.name === name)),
    toggleDepartment: (id: string) => setDepartmentIds((current) => toggle(current, id)),
    chooseLeader: (id: string | null) => setLeaderId(id),
    toggleAssignee: (id: string) => setAssigneeIds((current) => toggle(current, id)),
    submit,
    pending: assign.pending,
  };
}
