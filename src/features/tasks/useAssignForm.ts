import { useMemo } from 'react';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { assignTaskInput } from '../../../core/actions/tasks';
import { useAction, useMutation } from '@/api/hooks';
import { useActionForm } from '@/forms/useActionForm';
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
  const form = useActionForm({
    schema: assignTaskInput,
    initial: { departmentIds: task.departments.map((d) => d.id), leaderId: task.leader?.id ?? null, assigneeIds: task.assignees.map((p) => p.id) },
    draftKey: `tasks.assign:${task.id}`,
    // The form has no field to mark: the first problem shows by the button.
    invalidProblem: (errors) => Object.values(errors).find(Boolean) ?? null,
    toInput: (values) => ({ taskId: task.id, version: task.version, ...values }),
    submit: (input) => assign.run(input),
    finish: (result) => finishTaskWrite(task.id, result, '已保存分工'),
  });
  const { departmentIds, leaderId, assigneeIds } = form.values;

  const active = useMemo(() => (members.data?.members ?? []).filter((m) => m.active), [members.data]);
  const leaders = useMemo(() => active.filter((m) => can(m.roles, 'leadsItems')), [active]);
  const departmentNames = useMemo(() => new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name])), [departments.data]);
  // Named 责任人 are the cadres who do the work; leaders answer for items as 责任领导 instead.
  const cadres = active.filter((m) => can(m.roles, 'ownsDepartmentItems') || assigneeIds.includes(m.id));
  const inChosen = cadres.filter((m) => m.departmentIds.some((id) => departmentIds.includes(id)));
  const others = cadres.filter((m) => !inChosen.includes(m));

  return {
    task,
    draft: form.draft,
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
    toggleDepartment: (id: string) => form.edit({ departmentIds: toggle(departmentIds, id) }),
    chooseLeader: form.set('leaderId'),
    toggleAssignee: (id: string) => form.edit({ assigneeIds: toggle(assigneeIds, id) }),
    submit: form.submit,
    pending: form.submitting,
    /** A refusal the server tied to the form (a person no longer on the roster), by the button. */
    problem: form.problem,
  };
}
