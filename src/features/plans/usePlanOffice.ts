import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import type { PlanSummary } from '../../../core/actions/plans';
import { messageFor } from '../../../core/errors';
import type { PlanKind } from '../../../core/plans/kinds';
import { errorCodeOf } from '@/api/client';
import { useMutation } from '@/api/hooks';

/** What the office does to a plan on its page: correct its kind and source, make it current, archive or restore it. */
export function usePlanOffice(plan: PlanSummary | undefined, reload: () => void) {
  const update = useMutation('plans.update');
  const setCurrent = useMutation('plans.setCurrent');
  const archive = useMutation('plans.archive');
  const [editing, setEditing] = useState<{ kind: PlanKind; source: string } | null>(null);

  const done = useCallback(
    (result: { ok: true } | { ok: false; error: unknown }, success: string) => {
      if (!result.ok) {
        void Taro.showToast({ title: messageFor(errorCodeOf(result.error)), icon: 'none' });
        return false;
      }
      void Taro.showToast({ title: success, icon: 'success' });
      reload();
      return true;
    },
    [reload],
  );

  const save = useCallback(async () => {
    if (!plan || !editing) return;
    if (done(await update.run({ planId: plan.id, kind: editing.kind, source: editing.source.trim() }), '已保存')) setEditing(null);
  }, [plan, editing, update, done]);

  const makeCurrent = useCallback(async () => {
    if (!plan) return;
    done(await setCurrent.run({ planId: plan.id }), '已设为当前方案');
  }, [plan, setCurrent, done]);

  const toggleArchive = useCallback(async () => {
    if (!plan) return;
    const archiving = !plan.archived;
    if (archiving) {
      const { confirm } = await Taro.showModal({
        title: '归档该方案？',
        content: '归档后，方案不再出现在默认的方案选择和“全部整改任务”中，也不再提醒；事项仍可查看和导出，可随时恢复。',
        confirmText: '归档',
      });
      if (!confirm) return;
    }
    done(await archive.run({ planId: plan.id, archived: archiving }), archiving ? '已归档' : '已恢复');
  }, [plan, archive, done]);

  return {
    editing,
    startEditing: () => plan && setEditing({ kind: plan.kind, source: plan.source }),
    changeEditing: (change: { kind?: PlanKind; source?: string }) => setEditing((current) => (current ? { ...current, ...change } : current)),
    stopEditing: () => setEditing(null),
    save,
    makeCurrent,
    toggleArchive,
    busy: update.pending || setCurrent.pending || archive.pending,
  };
}
