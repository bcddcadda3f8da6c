import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { IssueInviteOutput } from '../../../core/actions/roster';
import { formatInviteCode } from '../../../core/roster/invite';
import { formatBeijingDateTime } from '@/utils/date';
import './InviteCard.scss';

type Props = { invite: IssueInviteOutput; onCopy: () => void };

/** The freshly issued code, large enough to read out over the phone. */
export function InviteCard({ invite, onCopy }: Props) {
  // The card appears below the form, out of sight on a phone: bring it up once it is rendered.
  useEffect(() => {
    Taro.nextTick(() => void Taro.pageScrollTo({ selector: '.zg-invite', duration: 300 }));
  }, []);
  return (
    <View className='zg-invite'>
      <View className='zg-invite__label'>{invite.memberName} 的邀请码</View>
      <View className='zg-invite__code'>
        <Text userSelect>{formatInviteCode(invite.code)}</Text>
      </View>
      <View className='zg-invite__expiry'>有效期至 {formatBeijingDateTime(invite.expiresAt)}，仅可使用一次</View>
      <Button className='zg-button zg-button--primary zg-invite__copy' onClick={onCopy}>
        复制
      </Button>
      {invite.needsConfirmation ? <View className='zg-invite__confirm'>该成员已绑定微信，此码用于更换绑定，须组长在本页确认后才能使用。</View> : null}
      <View className='zg-invite__note'>邀请码只显示这一次，离开本页后如需再发，请重新生成。</View>
    </View>
  );
}
