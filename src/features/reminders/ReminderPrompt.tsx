import { Button, View } from '@tarojs/components';
import { useReminderAsk } from '@/api/useReminderAsk';
import { SIMULATED } from '@/api/subscribe';
import './ReminderPrompt.scss';

type Props = { active: boolean };

/** On one's own item: a quiet offer to be reminded on WeChat before the deadline, asked only on a tap. */
export function ReminderPrompt({ active }: Props) {
  const reminders = useReminderAsk(active);
  if (!reminders.shouldAsk) return null;
  return (
    <View className='zg-remind-prompt'>
      <View className='zg-remind-prompt__text'>
        <View className='zg-remind-prompt__title'>在微信接收到期和进展提醒</View>
        <View className='zg-remind-prompt__desc'>
          {reminders.inHand > 0 ? `已可接收 ${reminders.inHand} 次，每次允许多一次` : '每次允许可接收一次提醒'}
        </View>
        {SIMULATED ? <View className='zg-remind-prompt__demo'>演示环境：模拟授权</View> : null}
      </View>
      <Button className='zg-button zg-button--compact zg-button--primary' onClick={reminders.ask}>
        允许提醒
      </Button>
    </View>
  );
}
