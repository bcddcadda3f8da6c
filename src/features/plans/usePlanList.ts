import { useAction } from '@/api/hooks';
import { can } from '../../../core/capabilities';

/** The plans everyone bound may read, and whether this person may import one (the office and the secretary). */
export function usePlanList() {
  const plans = useAction('plans.list', {}, { refreshOnShow: true });
  const me = useAction('auth.me', {});
  return {
    plans: plans.data?.plans,
    error: plans.error,
    loading: plans.loading,
    reload: plans.reload,
    canImport: me.data ? can(me.data.member.roles, 'importsPlans') : false,
  };
}
