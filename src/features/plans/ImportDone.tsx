import { Button, View } from '@tarojs/components';
import type { ImportPlanOutput } from '../../../core/actions/plans';
import './ImportDone.scss';

type Props = { result: ImportPlanOutput; title: string; onOpenPlan: () => void; onImportAnother: () => void };

/** Step 4: what the import did, and the way to the plan. */
export function ImportDone({ result, title, onOpenPlan, onImportAnother }: Props) {
  return (
    <View className='zg-done'>
      <View className='zg-done__icon'>✓</View>
      <View className='zg-done__title'>{result.taskCount} 项整改事项已导入</View>
      <View className='zg-done__plan'>{title}</View>
      {result.createdDepartments.length > 0 ? (
        <View className='zg-done__note'>
          已新建 {result.createdDepartments.length} 个部门：{result.createdDepartments.join('、')}
        </View>
      ) : null}
      <View className='zg-done__actions'>
        <Button className='zg-button zg-button--primary' onClick={onOpenPlan}>
          查看方案
        </Button>
        <Button className='zg-button zg-button--default zg-done__again' onClick={onImportAnother}>
          再导入一份
        </Button>
      </View>
    </View>
  );
}
