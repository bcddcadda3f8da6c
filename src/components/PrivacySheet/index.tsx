import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BottomSheet } from '../BottomSheet';
import { openPrivacyContract, usePrivacyRequest } from './privacyGate';
import './index.scss';

const AGREE_BUTTON = 'zg-privacy-agree';

/** What each held API reads, in the words of the 用户隐私保护指引's entries. */
function whatIsAsked(referrer: string): string {
  if (/clipboard/i.test(referrer)) return '剪切板（粘贴方案正文、复制邀请码）';
  if (/chooseMedia|chooseImage/i.test(referrer)) return '你选中的照片（作为佐证材料上传）';
  if (/chooseMessageFile/i.test(referrer)) return '你从微信聊天中选中的文件（佐证材料或整改方案）';
  return '你选择提供的信息';
}

/**
 * WeChat's privacy step, on the page that asked: what is read and why, 同意 (the held call goes on) or 暂不同意
 * (it fails; a toast says a later tap asks again).
 */
export function PrivacySheet() {
  const [request, answer] = usePrivacyRequest();
  if (!request) return null;
  const disagree = () => {
    answer('disagree');
    void Taro.showToast({ title: '未同意，暂不能使用此功能；再次点击可重新选择', icon: 'none', duration: 3000 });
  };
  return (
    <BottomSheet open title='使用前请阅读隐私保护指引' onClose={disagree}>
      <View className='zg-privacy'>
        <View className='zg-privacy__text'>为完成这一步，整改通需要使用{whatIsAsked(request.referrer)}。这些信息只用于你正在办理的事项，不作他用。</View>
        <View className='zg-privacy__link' onClick={openPrivacyContract}>
          查看《整改通隐私保护指引》
        </View>
        <Button id={AGREE_BUTTON} className='zg-button zg-button--primary' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => answer('agree', AGREE_BUTTON)}>
          同意并继续
        </Button>
        <Button className='zg-button zg-button--default zg-privacy__decline' onClick={disagree}>
          暂不同意
        </Button>
      </View>
    </BottomSheet>
  );
}
