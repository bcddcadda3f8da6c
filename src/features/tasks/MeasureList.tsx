import { View } from '@tarojs/components';
import type { TaskMeasure } from '../../../core/tasks/model';
import { chineseDate } from '../../../core/time';
import { Section } from '@/components/Section';
import './MeasureList.scss';

type Props = {
  measures: TaskMeasure[];
  /** Owners may tick a measure off and note how; others only read. */
  editable: boolean;
  onOpen: (measure: TaskMeasure) => void;
};

/** 整改措施 one by one, each with its own done mark and note. */
export function MeasureList({ measures, editable, onOpen }: Props) {
  if (measures.length === 0) return null;
  const done = measures.filter((measure) => measure.done).length;
  return (
    <Section title={`整改措施（已完成 ${done}/${measures.length}）`} footer={editable ? '点击措施可标记完成情况并填写说明' : undefined}>
      {measures.map((measure, index) => (
        <View
          key={measure.id}
          className={`zg-measure ${measure.done ? 'zg-measure--done' : ''}`}
          hoverClass={editable ? 'zg-measure--active' : 'none'}
          onClick={editable ? () => onOpen(measure) : undefined}
        >
          <View className='zg-measure__mark' aria-label={measure.done ? '已完成' : '未完成'} />
          <View className='zg-measure__main'>
            <View className='zg-measure__text'>
              <View className='zg-measure__index'>{index + 1}.</View>
              {measure.text}
            </View>
            {measure.owner || measure.dueDate ? (
              <View className='zg-measure__meta'>
                {[measure.owner ? `责任人：${measure.owner.name}` : '', measure.dueDate ? `时限：${chineseDate(measure.dueDate)}` : ''].filter(Boolean).join(' · ')}
              </View>
            ) : null}
            {measure.note ? <View className='zg-measure__note'>说明：{measure.note}</View> : null}
          </View>
          {editable ? <View className='zg-measure__arrow' /> : null}
        </View>
      ))}
    </Section>
  );
}
