import { Button, View } from '@tarojs/components';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListCell } from '@/components/ListCell';
import { Loading } from '@/components/Loading';
import { Section } from '@/components/Section';
import { DepartmentEditRow } from '@/features/roster/DepartmentEditRow';
import { useDepartmentsEditor } from '@/features/roster/useDepartmentsEditor';

export default function DepartmentsPage() {
  const editor = useDepartmentsEditor();
  const { departments, editing } = editor;
  if (!departments) return editor.error ? <ErrorState error={editor.error} onRetry={editor.reload} /> : <Loading />;

  const editRow = (placeholder: string) =>
    editing ? (
      <DepartmentEditRow
        name={editing.name}
        placeholder={placeholder}
        problem={editor.problem}
        saving={editor.saving}
        onChange={editor.changeName}
        onSave={() => void editor.save()}
        onCancel={editor.cancel}
      />
    ) : null;

  return (
    <View>
      {departments.length > 0 || editing?.id === 'new' ? (
        <Section title='轻点部门可改名'>
          {departments.map((department) =>
            editing?.id === department.id ? (
              <View key={department.id}>{editRow('部门名称')}</View>
            ) : (
              <ListCell
                key={department.id}
                title={department.name}
                value={`${department.memberCount} 人`}
                arrow={false}
                onClick={() => editor.startRename(department)}
              />
            ),
          )}
          {editing?.id === 'new' ? editRow('新部门名称，如：总编室') : null}
        </Section>
      ) : (
        <EmptyState title='还没有部门' description='按方案中的责任部门添加，如办公室、财务室、总编室' />
      )}
      {editing?.id !== 'new' ? (
        <View className='zg-page-actions'>
          <Button className='zg-button zg-button--default' onClick={editor.startAdd}>
            添加部门
          </Button>
        </View>
      ) : null}
    </View>
  );
}
