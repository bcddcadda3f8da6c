import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { IssueInviteOutput } from '../../../core/actions/roster';
import { formatInviteCode } from '../../../core/roster/invite';
import { useMutation } from '@/api/hooks';
import { showErrorToast } from '@/api/toast';

/** Issues an invite code for a member; the plain code exists only in this answer, so it stays on screen. */
export function useInvite() {
  const issue = useMutation('roster.issueInvite');
  const [invite, setInvite] = useState<IssueInviteOutput>();

  const generate = async (memberId: string) => {
    const result = await issue.run({ memberId });
    if (result.ok) setInvite(result.data);
    else showErrorToast(result.error);
  };

  const copy = () => {
    if (invite) void Taro.setClipboardData({ data: formatInviteCode(invite.code) });
  };

  return { invite, generate, copy, pending: issue.pending };
}
