import Taro from '@tarojs/taro';
import { Button, Image, View } from '@tarojs/components';
import type { SignatureSlotId } from '../../../core/interviews/fields';
import type { SignatureSlot } from '../../../core/interviews/model';
import { formatFull } from './format';
import './SignatureSlots.scss';

type Props = {
  slots: SignatureSlot[];
  /** The caller's own unsigned slots while 待签字: each gets a 签字 button. */
  mine: SignatureSlotId[];
  onSign: (slot: SignatureSlotId) => void;
};

/** The signature boxes of the form: the image as drawn, who signed and when (server time); empty boxes say whose. */
export function SignatureSlots({ slots, mine, onSign }: Props) {
  const urls = slots.filter((slot) => slot.url).map((slot) => slot.url);
  return (
    <View className='zg-iv-slots'>
      {slots.map((slot) => (
        <View key={slot.slot} className={`zg-iv-slot ${slot.signed ? 'zg-iv-slot--signed' : ''}`}>
          <View className='zg-iv-slot__head'>
            <View className='zg-iv-slot__role'>{slot.roleLabel}签字</View>
            <View className='zg-iv-slot__person'>{slot.person.name}</View>
          </View>
          {slot.signed ? (
            <View>
              {slot.url ? (
                <Image
                  className='zg-iv-slot__image'
                  src={slot.url}
                  mode='aspectFit'
                  aria-label={`${slot.person.name}的签名`}
                  onClick={() => void Taro.previewImage({ current: slot.url, urls })}
                />
              ) : (
                <View className='zg-iv-slot__gone'>签名图片无法读取</View>
              )}
              <View className='zg-iv-slot__meta'>
                签字人：{slot.person.name}
                {slot.signedAt ? ` · ${formatFull(slot.signedAt)}` : ''}
              </View>
            </View>
          ) : mine.includes(slot.slot) ? (
            <Button className='zg-button zg-button--primary zg-iv-slot__sign' onClick={() => onSign(slot.slot)}>
              在此签字
            </Button>
          ) : (
            <View className='zg-iv-slot__empty'>待{slot.person.name}签字</View>
          )}
          {slot.signerReboundAt ? <View className='zg-iv-slot__rebound'>{slot.person.name}的微信于{formatFull(slot.signerReboundAt)}更换过绑定</View> : null}
        </View>
      ))}
    </View>
  );
}
