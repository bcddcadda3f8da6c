import { View } from '@tarojs/components';
import './index.scss';

export type Choice<T extends string> = { value: T; label: string; description?: string; tone: 'green' | 'red' | 'grey' };

type Props<T extends string> = { choices: Choice<T>[]; value: T | null; onChange: (value: T) => void };

/** Two or three large side-by-side options for a decision (通过 / 退回): hard to mis-tap on a phone. */
export function ChoiceCards<T extends string>({ choices, value, onChange }: Props<T>) {
  return (
    <View className='zg-choices' role='radiogroup'>
      {choices.map((choice) => (
        <View
          key={choice.value}
          role='radio'
          aria-checked={choice.value === value}
          className={`zg-choices__card zg-choices__card--${choice.tone} ${choice.value === value ? 'zg-choices__card--on' : ''}`}
          onClick={() => onChange(choice.value)}
        >
          <View className='zg-choices__label'>{choice.label}</View>
          {choice.description ? <View className='zg-choices__desc'>{choice.description}</View> : null}
        </View>
      ))}
    </View>
  );
}
