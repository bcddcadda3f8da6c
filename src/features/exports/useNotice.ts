import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import type { PublicNoticeOutput } from '../../../core/actions/dashboard';
import { messageFor } from '../../../core/errors';
import { errorCodeOf } from '@/api/client';
import { useAction, useMutation } from '@/api/hooks';
import { can } from '../../../core/capabilities';

/** The 公示 page's data for the chosen plan (the current one first), and the office's switch that keeps an item out of it (or puts it back). */
export function useNotice() {
  const me = useAction('auth.me', {});
  const plans = useAction('plans.list', {});
  /** A plan's id or ALL_PLANS; null: the current plan. */
  const [planId, setPlanId] = useState<string | null>(null);
  const scope = planId === null ? {} : { planId };
  const notice = useAction('dashboard.publicNotice', scope, { refreshOnShow: true });
  const setInternal = useMutation('tasks.setInternal');
  const [pending, setPending] = useState<string | null>(null);
  const roles = me.data?.member.roles ?? [];

  const toggle = useCallback(
    async (taskId: string, internal: boolean) => {
      if (internal) {
        const { confirm } = await Taro.showModal({ title: '不公示该事项？', content: '该事项将从公示页面和公示文件中移除，可随时恢复。', confirmText: '不公示' });
        if (!confirm) return;
      }
      setPending(taskId);
      const result = await setInternal.run({ taskId, internal });
      setPending(null);
      if (!result.ok) {
        void Taro.showToast({ title: messageFor(errorCodeOf(result.error)), icon: 'none' });
        return;
      }
      notice.reload();
    },
    [setInternal, notice],
  );

  return {
    notice: notice as { data: PublicNoticeOutput | undefined; error: typeof notice.error; reload: () => void },
    isOffice: can(roles, 'editsPublications'),
    mayExport: can(roles, 'writesReports'),
    plans: plans.data?.plans ?? [],
    planId,
    setPlanId,
    /** What the 公示 export takes: the plan on screen. */
    scope,
    pending,
    toggle,
  };
}
