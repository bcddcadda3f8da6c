import { Input, View } from '@tarojs/components';
import './CommitmentsEditor.scss';

type Props = { items: string[]; onChange: (items: string[]) => void; max?: number };

/** 整改承诺, one per line: numbered inputs, × to remove one, and a row to add the next. */
export function CommitmentsEditor({ items, onChange, max = 20 }: Props) {
  const rows = items.length > 0 ? items : [''];
  const set = (index: number, value: string) => onChange(rows.map((item, at) => (at === index ? value : item)));
  return (
    <View className='zg-iv-commit'>
      {rows.map((item, index) => (
        <View key={index} className='zg-iv-commit__row'>
          <View className='zg-iv-commit__index'>{index + 1}.</View>
          <Input
            className='zg-iv-commit__input'
            value={item}
            maxlength={500}
            placeholder={index === 0 ? '如：本月底前完成调账' : '下一条承诺'}
            onInput={(event) => set(index, event.detail.value)}
          />
          {rows.length > 1 ? (
            <View className='zg-iv-commit__remove' aria-label={`删除第${index + 1}条`} onClick={() => onChange(rows.filter((_, at) => at !== index))}>
              ×
            </View>
          ) : null}
        </View>
      ))}
      {rows.length < max ? (
        <View className='zg-iv-commit__add' hoverClass='zg-iv-commit__add--active' onClick={() => onChange([...rows, ''])}>
          ＋ 添加一条承诺
        </View>
      ) : null}
    </View>
  );
}
