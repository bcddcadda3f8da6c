import { Button, Input, View } from '@tarojs/components';
import './DepartmentEditRow.scss';

type Props = {
  name: string;
  placeholder: string;
  problem: string | null;
  saving: boolean;
  onChange: (name: string) => void;
  onSave: () => void;
  onCancel: () => void;
};

/** A department name being typed, in place of its row. */
export function DepartmentEditRow({ name, placeholder, problem, saving, onChange, onSave, onCancel }: Props) {
  return (
    <View className='zg-dept-edit'>
      <View className='zg-dept-edit__line'>
        <Input
          className='zg-dept-edit__input'
          value={name}
          focus
          maxlength={30}
          placeholder={placeholder}
          confirmType='done'
          onInput={(e) => onChange(e.detail.value)}
          onConfirm={onSave}
        />
        <Button className='zg-button zg-button--compact zg-button--default' onClick={onCancel}>
          取消
        </Button>
        <Button
          className='zg-button zg-button--compact zg-button--primary zg-dept-edit__save'
          loading={saving}
          disabled={saving}
          onClick={onSave}
        >
          保存
        </Button>
      </View>
      {problem ? <View className='zg-dept-edit__problem'>{problem}</View> : null}
    </View>
  );
}
