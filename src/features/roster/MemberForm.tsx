import { Input, Switch, View } from '@tarojs/components';
import { ROLE_LABELS, ROLES } from '../../../core/roles';
import type { Department } from '../../../core/roster/model';
import { CheckCell } from '@/components/CheckCell';
import { FormField } from '@/components/FormField';
import { Section } from '@/components/Section';
import type { MemberDraft } from './useMemberEditor';

type Props = {
  draft: MemberDraft;
  departments: Department[];
  onEdit: (change: Partial<MemberDraft>) => void;
  onToggleRole: (role: MemberDraft['roles'][number]) => void;
  onToggleDepartment: (id: string) => void;
};

const ROLE_HINTS: Record<MemberDraft['roles'][number], string> = {
  secretary: '查看全部，审定销号，审批约谈',
  leader: '督导分管事项，审核销号，约谈签字',
  office: '导入方案、分派事项、维护名单、汇总报告',
  cadre: '查看和办理本人事项，报送进展',
};

/** The fields of one member: who, which roles, which departments, and whether they may still use the app. */
export function MemberForm({ draft, departments, onEdit, onToggleRole, onToggleDepartment }: Props) {
  return (
    <View>
      <Section title='基本信息'>
        <FormField label='姓名'>
          <Input
            className='zg-field__input'
            value={draft.name}
            maxlength={20}
            placeholder='请填写姓名'
            onInput={(e) => onEdit({ name: e.detail.value })}
          />
        </FormField>
        <FormField label='职务'>
          <Input
            className='zg-field__input'
            value={draft.title}
            maxlength={30}
            placeholder='如：办公室主任（选填）'
            onInput={(e) => onEdit({ title: e.detail.value })}
          />
        </FormField>
      </Section>

      <Section title='角色（可多选）'>
        {ROLES.map((role) => (
          <CheckCell
            key={role}
            title={ROLE_LABELS[role]}
            description={ROLE_HINTS[role]}
            checked={draft.roles.includes(role)}
            onToggle={() => onToggleRole(role)}
          />
        ))}
      </Section>

      <Section title='所在部门（可多选）' footer={departments.length === 0 ? '还没有部门，请先在“部门管理”中添加' : undefined}>
        {departments.map((department) => (
          <CheckCell
            key={department.id}
            title={department.name}
            checked={draft.departmentIds.includes(department.id)}
            onToggle={() => onToggleDepartment(department.id)}
          />
        ))}
      </Section>

      <Section footer='停用后，该成员不能再使用小程序；已有记录保留。'>
        <FormField label='启用'>
          <Switch checked={draft.active} color='#07C160' onChange={(e) => onEdit({ active: e.detail.value })} />
        </FormField>
      </Section>
    </View>
  );
}
