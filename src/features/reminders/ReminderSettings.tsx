import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { SubscriptionStatusOutput } from '../../../core/actions/reminders';
import type { TemplateStatus } from '../../../core/reminders/model';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { SIMULATED } from '@/api/subscribe';
import './ReminderSettings.scss';

type Props = {
  status: SubscriptionStatusOutput;
  asking: boolean;
  onAsk: (ids: string[], switchOn?: boolean) => void;
  onTurnOff: () => void;
};

function templateValue(template: TemplateStatus, longTerm: boolean): string {
  if (template.refused === 'ban') return '已拒绝';
  if (longTerm) return template.inHand > 0 ? '已开启' : '未开启';
  if (template.inHand > 0) return `可接收 ${template.inHand} 次`;
  return template.refused === 'reject' ? '已拒绝' : '0 次';
}

/**
 * 我的 → 到期提醒: the switch, what each template carries and how many reminders WeChat will still take ("in
 * hand"), and a way to add more. Asking happens only on these taps.
 */
export function ReminderSettings({ status, asking, onAsk, onTurnOff }: Props) {
  const wechatOff = status.mainSwitch === false;
  const on = status.enabled && !wechatOff;
  const toggle = () => {
    if (asking) return;
    if (wechatOff) {
      void Taro.openSetting({ withSubscriptions: true } as Taro.openSetting.Option).catch(() => undefined);
      return;
    }
    if (on) onTurnOff();
    else onAsk(status.switchIds, true);
  };
  const footer = wechatOff
    ? '微信设置中已关闭本小程序的订阅消息，点开关前往设置；关闭期间提醒只放在「消息」。'
    : on
      ? status.longTerm
        ? '开启后到期提醒通过微信发送；未送达的放在「消息」。'
        : '微信每次允许只能发送一条提醒。次数用完或发送失败的提醒放在「消息」，不会遗漏。'
      : '关闭后不再通过微信提醒，提醒只放在「消息」。';
  return (
    <Section title='到期提醒' footer={footer}>
      <View className='zg-remind-switch' onClick={toggle}>
        <View className='zg-remind-switch__main'>
          <View className='zg-remind-switch__title'>微信提醒</View>
          <View className='zg-remind-switch__desc'>到期前后和每月报送进展时提醒我</View>
        </View>
        <View className={`zg-switch ${on ? 'zg-switch--on' : ''} ${asking ? 'zg-switch--busy' : ''}`} role='switch' aria-checked={on}>
          <View className='zg-switch__knob' />
        </View>
      </View>
      {on
        ? status.templates.map((template) => (
            <ListCell
              key={template.key}
              title={template.title}
              description={template.purpose}
              value={<Text className={template.inHand > 0 ? 'zg-remind-count' : 'zg-remind-count zg-remind-count--none'}>{templateValue(template, status.longTerm)}</Text>}
            />
          ))
        : null}
      {on && !status.longTerm ? (
        <View className='zg-remind-more'>
          <Button className='zg-button zg-button--default' disabled={asking} onClick={() => onAsk(status.switchIds)}>
            增加提醒次数
          </Button>
          {SIMULATED ? <View className='zg-remind-more__note'>演示环境：模拟授权（小程序中由微信弹窗询问）</View> : null}
        </View>
      ) : null}
    </Section>
  );
}
