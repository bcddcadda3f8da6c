import { useAction } from '@/api/hooks';

/** Who the caller is; a NOT_BOUND error means the binding form is due. */
export function useMe() {
  const me = useAction('auth.me', {}, { refreshOnShow: true });
  return { ...me, notBound: me.error?.code === 'NOT_BOUND' };
}
