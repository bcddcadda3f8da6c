import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../core/roles';
import type { Member } from '../../../core/roster/model';
import { messageFor } from '../../../core/errors';
import { useAction, useMutation } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';
import { useDraft } from '@/forms/drafts';

export type MemberDraft = {
  name: string;
  title: string;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
};

const NEW_MEMBER: MemberDraft = { name: '', title: '', roles: ['cadre'], departmentIds: [], active: true };

function draftOf(member: Member): MemberDraft {
  return {
    name: member.name,
    title: member.title ?? '',
    roles: member.roles,
    departmentIds: member.departmentIds,
    active: member.active,
  };
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * The member form: loads the member (there is no single-member action, so from the roster),
 * edits a draft, saves through roster.upsertMember. A new member gets its id on the first save.
 */
export function useMemberEditor(initialId: string | undefined) {
  const members = useAction('roster.listMembers', { includeInactive: true });
  const departments = useAction('roster.listDepartments', {});
  const upsert = useMutation('roster.upsertMember');
  const [saved, setSaved] = useState<Member>();
  const [draft, setDraft] = useState<MemberDraft>(NEW_MEMBER);
  const [problem, setProblem] = useState<string | null>(null);

  const loaded = initialId ? members.data?.members.find((m) => m.id === initialId) : undefined;
  const member = saved ?? loaded;
  // A restored draft is newer than the roster's copy: the roster's arrival must not overwrite it.
  const restoredRef = useRef(false);
  const formDraft = useDraft({
    scope: initialId && !member ? null : `roster.upsertMember:${initialId ?? 'new'}`,
    // An existing member's form holds the roster's copy only once it has been put in.
    value: initialId && !saved ? null : draft,
    empty: member ? draftOf(member) : NEW_MEMBER,
    restore: (kept) => {
      restoredRef.current = true;
      setDraft(kept);
    },
  });
  useEffect(() => {
    if (loaded) {
      setSaved(loaded);
      if (!restoredRef.current) setDraft(draftOf(loaded));
    }
  }, [loaded]);

  const missing = Boolean(initialId && members.data && !loaded);

  const edit = (change: Partial<MemberDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setProblem(null);
  };

  const save = async () => {
    if (!draft.name.trim()) return setProblem('请填写姓名');
    if (draft.roles.length === 0) return setProblem('至少选择一个角色');
    const result = await upsert.run({
      id: member?.id,
      name: draft.name,
      title: draft.title.trim() || null,
      roles: draft.roles,
      departmentIds: draft.departmentIds,
      active: draft.active,
    });
    if (!result.ok) return;
    formDraft.submitted();
    setSaved(result.data.member);
    setDraft(draftOf(result.data.member));
    showSuccessToast('已保存');
  };

  return {
    loading: members.loading || departments.loading,
    loadError: members.error ?? departments.error,
    missing,
    reload: () => {
      members.reload();
      departments.reload();
    },
    member,
    departments: departments.data?.departments ?? [],
    draft,
    formDraft,
    edit,
    toggleRole: (role: Role) => edit({ roles: toggle(draft.roles, role) }),
    toggleDepartment: (id: string) => edit({ departmentIds: toggle(draft.departmentIds, id) }),
    save,
    saving: upsert.pending,
    problem: problem ?? (upsert.error ? messageFor(upsert.error.code) : null),
  };
}
