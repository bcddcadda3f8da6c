import { View } from '@tarojs/components';
import type { PlanWarning } from '../../../core/plan';
import './WarningNote.scss';

type Props = { warnings: PlanWarning[]; tone?: 'amber' | 'red' };

/** The parser's warnings right under the field they are about, in amber: look here. */
export function WarningNote({ warnings, tone = 'amber' }: Props) {
  if (warnings.length === 0) return null;
  return (
    <View className={`zg-warn zg-warn--${tone}`}>
      {warnings.map((warning, i) => (
        <View key={`${warning.code}-${warning.line}-${i}`} className='zg-warn__row'>
          <View className='zg-warn__icon'>!</View>
          <View className='zg-warn__text'>{warning.message}</View>
        </View>
      ))}
    </View>
  );
}

/** One message of our own (a required field, a refusal) in the same place and shape. */
export function FieldError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return <WarningNote tone='red' warnings={[{ code: 'PARSE_FAILED', line: 1, message }]} />;
}
