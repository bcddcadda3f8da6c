import { Button, Input, View } from '@tarojs/components';
import type { AuthBindOutput } from '../../../core/actions/auth';
import { INVITE_CODE_LENGTH, INVITE_TTL_DAYS } from '../../../core/roster/invite';
import { useBindForm } from './useBindForm';
import './BindForm.scss';

type Props = { onBound: (me: AuthBindOutput) => void };

/** Shown to a WeChat user not yet tied to a member: the office's invite code binds them. */
export function BindForm({ onBound }: Props) {
  const form = useBindForm(onBound);
  return (
    <View className='zg-bind'>
      <View className='zg-bind__title'>绑定身份</View>
      <View className='zg-bind__lead'>{`请输入领导小组办公室发给你的 ${INVITE_CODE_LENGTH} 位邀请码。绑定后，本微信号即代表你本人查看和办理整改事项。`}</View>
      <View className={`zg-bind__field ${form.problem ? 'zg-bind__field--error' : ''}`}>
        <Input
          className='zg-bind__input'
          value={form.code}
          placeholder='ABCD-EFGH'
          placeholderClass='zg-bind__placeholder'
          maxlength={9}
          confirmType='done'
          onInput={(e) => form.change(e.detail.value)}
          onConfirm={() => void form.submit()}
        />
      </View>
      <View className='zg-bind__problem'>{form.problem ?? ''}</View>
      <Button
        className='zg-button zg-button--primary'
        loading={form.pending}
        disabled={form.pending}
        onClick={() => void form.submit()}
      >
        绑定
      </Button>
      <View className='zg-bind__hint'>{`邀请码不区分大小写，${INVITE_TTL_DAYS} 天内有效，只能使用一次。没有邀请码请联系办公室。`}</View>
    </View>
  );
}
