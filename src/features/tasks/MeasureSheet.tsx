import { useEffect, useState } from 'react';
import { Button, Textarea, View } from '@tarojs/components';
import type { TaskMeasure } from '../../../core/tasks/model';
import { BottomSheet } from '@/components/BottomSheet';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { SPINNER } from './TaskFormLayout';
import './MeasureSheet.scss';
import { TEXT_LIMITS } from '../../../core/text';

type Props = {
  measure: TaskMeasure | null;
  saving: boolean;
  onSave: (change: { done: boolean; note: string | null }) => void;
  onClose: () => void;
};


/** Marks one 整改措施 done or not, with a note on how it was done. */
export function MeasureSheet({ measure, saving, onSave, onClose }: Props) {
  const [done, setDone] = useState<'done' | 'open'>('open');
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!measure) return;
    setDone(measure.done ? 'done' : 'open');
    setNote(measure.note ?? '');
  }, [measure]);
  return (
    <BottomSheet open={measure !== null} title='整改措施完成情况' onClose={onClose}>
      {measure ? (
        <View>
          <View className='zg-measure-sheet__text'>{measure.text}</View>
          <ChoiceCards
            value={done}
            onChange={setDone}
            choices={[
              { value: 'open', label: '未完成', tone: 'grey' },
              { value: 'done', label: '已完成', tone: 'green' },
            ]}
          />
          <Field label='完成情况说明（选填）' aside={`${note.length}/${TEXT_LIMITS.measureNote}`}>
            <Textarea
              className='zg-block__textarea zg-block__textarea--short'
              // The sheet is position: fixed; the mini-program's native textarea must be told so.
              fixed
              value={note}
              maxlength={TEXT_LIMITS.measureNote}
              placeholder='如：已于3月10日完成制度修订并印发'
              onInput={(event) => setNote(event.detail.value)}
            />
          </Field>
          <View className='zg-page-actions'>
            <Button
              className='zg-button zg-button--primary'
              loading={SPINNER && saving}
              disabled={saving}
              onClick={() => onSave({ done: done === 'done', note: note.trim() || null })}
            >
              {saving ? '正在保存…' : '保存'}
            </Button>
          </View>
        </View>
      ) : null}
    </BottomSheet>
  );
}
