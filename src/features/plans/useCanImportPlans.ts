import { hasAnyRole } from '../../../core/roles';
import { useAction } from '@/api/hooks';

/** Whether the person may import a plan, for the entries that offer it; false until known or when not bound. */
export function useCanImportPlans(): boolean {
  const me = useAction('auth.me', {}, { refreshOnShow: true });
  return me.data ? hasAnyRole(me.data.member.roles, ['office', 'secretary']) : false;
}
