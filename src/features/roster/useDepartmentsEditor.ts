import { useState } from 'react';
import type { Department } from '../../../core/roster/model';
import { messageFor } from '../../../core/errors';
import { useAction, useMutation } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';

/** Which row is being edited: an existing department's id, or 'new' for the add row. */
type Editing = { id: string | 'new'; name: string } | null;

/** The department list with one inline editor at a time, for renaming or adding. */
export function useDepartmentsEditor() {
  const list = useAction('roster.listDepartments', {}, { refreshOnShow: true });
  const upsert = useMutation('roster.upsertDepartment');
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const open = (next: Editing) => {
    setEditing(next);
    setProblem(null);
    upsert.reset();
  };

  const save = async () => {
    if (!editing) return;
    const name = editing.name.trim();
    if (!name) {
      setProblem('请填写部门名称');
      return;
    }
    const result = await upsert.run(editing.id === 'new' ? { name } : { id: editing.id, name });
    if (!result.ok) return;
    showSuccessToast(editing.id === 'new' ? '已添加' : '已保存');
    setEditing(null);
    list.reload();
  };

  return {
    loading: list.loading,
    error: list.error,
    reload: list.reload,
    departments: list.data?.departments,
    editing,
    startRename: (department: Department) => open({ id: department.id, name: department.name }),
    startAdd: () => open({ id: 'new', name: '' }),
    cancel: () => open(null),
    changeName: (name: string) => {
      setEditing((current) => (current ? { ...current, name } : current));
      setProblem(null);
    },
    save,
    saving: upsert.pending,
    problem: problem ?? (upsert.error ? messageFor(upsert.error.code) : null),
  };
}
