import { CheckCell } from '@/components/CheckCell';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { DraftNotice } from '@/forms/DraftNotice';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import { TaskFormLayout } from './TaskFormLayout';
import { useAssignForm } from './useAssignForm';

/** The pickers of 分配责任: departments, one 责任领导, any number of named 责任人. */
export function AssignForm({ snapshot }: { snapshot: GetTaskOutput }) {
  const form = useAssignForm(snapshot);
  if (form.error) return <ErrorState error={form.error} onRetry={form.reload} />;
  if (form.loading) return <Loading />;
  const describe = (ids: string[]) =>
    ids
      .map((id) => form.departmentNames.get(id))
      .filter(Boolean)
      .join('、') || '未分部门';
  return (
    <TaskFormLayout task={form.task} submitLabel='保存分工' pending={form.pending} problem={form.problem} onSubmit={() => void form.submit()}>
      <DraftNotice draft={form.draft} />
      <Section title='责任部门（可多选）' footer={form.writtenOnly.length > 0 ? `方案原文中还写有：${form.writtenOnly.join('、')}` : undefined}>
        {form.departments.map((department) => (
          <CheckCell
            key={department.id}
            title={department.name}
            checked={form.departmentIds.includes(department.id)}
            onToggle={() => form.toggleDepartment(department.id)}
          />
        ))}
      </Section>
      <Section title='责任领导'>
        {form.leaders.map((leader) => (
          <CheckCell
            key={leader.id}
            title={leader.name}
            description={leader.title ?? undefined}
            checked={form.leaderId === leader.id}
            onToggle={() => form.chooseLeader(form.leaderId === leader.id ? null : leader.id)}
          />
        ))}
        <CheckCell title='暂不指定' description='由组长直接审核销号申请' checked={form.leaderId === null} onToggle={() => form.chooseLeader(null)} />
      </Section>
      {form.inChosen.length > 0 ? (
        <Section title='责任人（可多选）' footer='责任部门的干部和指定的责任人都能办理本事项'>
          {form.inChosen.map((member) => (
            <CheckCell
              key={member.id}
              title={member.name}
              description={[describe(member.departmentIds), member.title].filter(Boolean).join(' · ')}
              checked={form.assigneeIds.includes(member.id)}
              onToggle={() => form.toggleAssignee(member.id)}
            />
          ))}
        </Section>
      ) : null}
      {form.others.length > 0 ? (
        <Section title={form.inChosen.length > 0 ? '其他部门成员' : '责任人（可多选）'}>
          {form.others.map((member) => (
            <CheckCell
              key={member.id}
              title={member.name}
              description={[describe(member.departmentIds), member.title].filter(Boolean).join(' · ')}
              checked={form.assigneeIds.includes(member.id)}
              onToggle={() => form.toggleAssignee(member.id)}
            />
          ))}
        </Section>
      ) : null}
    </TaskFormLayout>
  );
}
