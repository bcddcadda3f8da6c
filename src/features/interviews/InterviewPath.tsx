import { View } from '@tarojs/components';
import type { InterviewPathStep } from '../../../core/interviews/model';
import './InterviewPath.scss';

type Props = { path: InterviewPathStep[]; caption?: string | null };

/** 拟约谈 → 待审批 → 已批准 → 已谈话 → 待签字 → 已签字 → 已归档, the current step ringed, 退回 in red. */
export function InterviewPath({ path, caption }: Props) {
  return (
    <View className='zg-iv-path'>
      <View className='zg-iv-path__steps' role='list' aria-label='约谈流程'>
        {path.map((step, index) => {
          const returned = step.state === 'returned';
          const tone = returned ? 'returned' : step.current ? 'current' : step.reached ? 'reached' : 'ahead';
          return (
            <View
              key={step.state}
              className={`zg-iv-path__step zg-iv-path__step--${tone}`}
              role='listitem'
              aria-current={step.current ? 'step' : undefined}
            >
              {index > 0 ? <View className={`zg-iv-path__line ${step.reached ? 'zg-iv-path__line--on' : ''}`} /> : null}
              <View className='zg-iv-path__dot'>{returned ? '!' : step.reached && !step.current ? '✓' : index + 1}</View>
              <View className='zg-iv-path__label'>{step.label}</View>
            </View>
          );
        })}
      </View>
      {caption ? <View className='zg-iv-path__caption'>{caption}</View> : null}
    </View>
  );
}
