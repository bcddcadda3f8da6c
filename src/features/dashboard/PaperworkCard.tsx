import { View } from '@tarojs/components';
import { ListCell } from '@/components/ListCell';

type Props = { filtered: boolean; mayReport: boolean; onExports: () => void; onNotice: () => void };

/** The office's paperwork from here: the 台账 of what is on screen, the monthly report, the 公示. */
export function PaperworkCard({ filtered, mayReport, onExports, onNotice }: Props) {
  return (
    <View className='zg-dash-links'>
      <ListCell title='导出整改台账' description={filtered ? 'Excel 表格，按当前筛选' : 'Excel 表格，一项一行'} onClick={onExports} />
      {mayReport ? <ListCell title='月度整改进展报告' description='Word 文档，按月生成初稿' onClick={onExports} /> : null}
      <ListCell title='整改情况公示' description='对外公示的事项和整改状态' onClick={onNotice} />
    </View>
  );
}
