import { Picker, View } from '@tarojs/components';
import './index.scss';

export type FilterOption = { value: string; label: string };

export type FilterItem =
  | {
      kind: 'select';
      key: string;
      /** Shown while nothing is chosen, e.g. 方面. */
      placeholder: string;
      /** "全部" is added in front. */
      options: FilterOption[];
      /** What choosing nothing means, when it is not "全部…" (the plan picker: the current plan). */
      noneLabel?: string;
      value: string | null;
      onChange: (value: string | null) => void;
    }
  | { kind: 'toggle'; key: string; label: string; on: boolean; onChange: (on: boolean) => void };

type Props = { items: FilterItem[] };

/** A compact row of dropdowns and toggles that fits a 360 px phone: each takes an equal share, long names end in "…". */
export function FilterBar({ items }: Props) {
  return (
    <View className='zg-filter'>
      {items.map((item) => {
        if (item.kind === 'toggle') {
          return (
            <View
              key={item.key}
              className={`zg-filter__item zg-filter__item--toggle ${item.on ? 'zg-filter__item--on' : ''}`}
              onClick={() => item.onChange(!item.on)}
            >
              <View className='zg-filter__check' />
              <View className='zg-filter__label'>{item.label}</View>
            </View>
          );
        }
        const chosen = item.options.find((option) => option.value === item.value);
        const labels = [item.noneLabel ?? `全部${item.placeholder}`, ...item.options.map((option) => option.label)];
        const index = chosen ? item.options.indexOf(chosen) + 1 : 0;
        return (
          <Picker
            key={item.key}
            className='zg-filter__picker'
            mode='selector'
            range={labels}
            value={index}
            onChange={(event) => {
              const picked = Number(event.detail.value);
              item.onChange(picked > 0 ? (item.options[picked - 1]?.value ?? null) : null);
            }}
          >
            <View className={`zg-filter__item ${chosen ? 'zg-filter__item--on' : ''}`}>
              <View className='zg-filter__label'>{chosen ? chosen.label : (item.noneLabel ?? item.placeholder)}</View>
              <View className='zg-filter__caret' />
            </View>
          </Picker>
        );
      })}
    </View>
  );
}
