import { useState } from 'react';
import type { AuthBindOutput } from '../../../core/actions/auth';
import { messageFor } from '../../../core/errors';
import { useMutation } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';
import { formatInviteInput, inviteInputProblem } from './inviteInput';

/** The invite-code form: formatting as typed, checks before sending, and the server's verdict in words. */
export function useBindForm(onBound: (me: AuthBindOutput) => void) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const bind = useMutation('auth.bind');

  const change = (raw: string): string => {
    const next = formatInviteInput(raw);
    setCode(next);
    setProblem(null);
    bind.reset();
    return next;
  };

  const submit = async () => {
    const local = inviteInputProblem(code);
    if (local) {
      setProblem(local);
      return;
    }
    const result = await bind.run({ code });
    if (result.ok) {
      showSuccessToast('绑定成功');
      onBound(result.data);
    }
  };

  const serverProblem = bind.error ? messageFor(bind.error.code) : null;
  return { code, change, submit, pending: bind.pending, problem: problem ?? serverProblem };
}
