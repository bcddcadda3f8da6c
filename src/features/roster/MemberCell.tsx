import type { Member } from '../../../core/roster/model';
import { ROLE_SHORT_LABELS } from '../../../core/roles';
import { ListCell } from '@/components/ListCell';
import { StatusTag } from '@/components/StatusTag';

type Props = { member: Member; departmentNames: Map<string, string>; onClick: () => void };

/** One member in the roster: name and 职务, departments, roles, and whether their WeChat is bound. */
export function MemberCell({ member, departmentNames, onClick }: Props) {
  const departments = member.departmentIds.map((id) => departmentNames.get(id)).filter(Boolean);
  const description = [member.title, departments.join('、')].filter(Boolean).join(' · ');
  return (
    <ListCell
      title={member.name}
      description={description || undefined}
      extra={
        <>
          {member.roles.map((role) => (
            <StatusTag key={role} tone='blue'>
              {ROLE_SHORT_LABELS[role]}
            </StatusTag>
          ))}
          {!member.active ? (
            <StatusTag tone='red'>已停用</StatusTag>
          ) : member.bound ? (
            <StatusTag tone='green'>已绑定</StatusTag>
          ) : (
            <StatusTag tone='grey'>未绑定</StatusTag>
          )}
        </>
      }
      onClick={onClick}
    />
  );
}
