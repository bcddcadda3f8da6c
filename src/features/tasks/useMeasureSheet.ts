import { useState } from 'react';
import type { GetTaskOutput } from '../../../core/actions/tasks';
import type { TaskMeasure } from '../../../core/tasks/model';
import { useMutation } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';
import { explainWriteError } from './writeErrors';

/** The sheet that marks one measure done, and the write behind it. */
export function useMeasureSheet(taskId: string, apply: (output: GetTaskOutput) => void, reload: () => void) {
  const [open, setOpen] = useState<TaskMeasure | null>(null);
  const mark = useMutation('tasks.markMeasure');
  const save = async (change: { done: boolean; note: string | null }) => {
    if (!open) return;
    const result = await mark.run({ taskId, measureId: open.id, done: change.done, note: change.note });
    if (result.ok) {
      apply(result.data);
      setOpen(null);
      showSuccessToast('已保存');
      return;
    }
    await explainWriteError(result.error, () => {
      setOpen(null);
      reload();
    });
  };
  return { measure: open, open: setOpen, close: () => setOpen(null), save, saving: mark.pending };
}
