import { useMutation } from '@/api/hooks';
import { showErrorToast, showSuccessToast } from '@/api/toast';

/** The 组长 confirms that a bound member's re-binding code may be used (core/duties: re-binding needs the secretary). */
export function useRebindConfirm() {
  const confirm = useMutation('roster.confirmRebind');
  const run = async (memberId: string) => {
    const result = await confirm.run({ memberId });
    if (result.ok) showSuccessToast('已确认换绑');
    else showErrorToast(result.error);
  };
  return { run, pending: confirm.pending };
}
