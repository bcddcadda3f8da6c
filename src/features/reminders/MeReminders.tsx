import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { Role } from '../../../core/roles';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { INBOX_PAGE, REMINDER_LOG_PAGE } from '@/features/inbox/routes';
import { ReminderSettings } from './ReminderSettings';
import { useSubscriptions } from './useSubscriptions';
import './MeReminders.scss';
import { can } from '../../../core/capabilities';

type Props = { roles: readonly Role[] };

/** 我的: 消息 with its unread count, the 到期提醒 switch, and for the office the reminder log. */
export function MeReminders({ roles }: Props) {
  const subscriptions = useSubscriptions();
  const unread = subscriptions.data?.unread ?? 0;
  return (
    <>
      <Section>
        <ListCell
          title='消息'
          description='未能通过微信送达的提醒、每日提醒汇总'
          value={unread > 0 ? <Text className='zg-unread'>{unread > 99 ? '99+' : unread}</Text> : undefined}
          onClick={() => void Taro.navigateTo({ url: INBOX_PAGE })}
        />
        {can(roles, 'runsReminders') ? (
          <ListCell title='提醒记录' description='谁收到了哪些提醒、通过什么方式，以及发送失败的情况' onClick={() => void Taro.navigateTo({ url: REMINDER_LOG_PAGE })} />
        ) : null}
      </Section>
      {subscriptions.data ? (
        <ReminderSettings status={subscriptions.data} asking={subscriptions.asking} onAsk={subscriptions.ask} onTurnOff={subscriptions.turnOff} />
      ) : null}
    </>
  );
}
