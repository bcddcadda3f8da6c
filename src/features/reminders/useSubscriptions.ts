import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { SubscriptionStatusOutput } from '../../../core/actions/reminders';
import { callApi } from '@/api/client';
import { useAction } from '@/api/hooks';
import { showErrorToast } from '@/api/toast';
import { showUnreadBadge } from '@/utils/unreadBadge';
import { readSubscriptionSetting, requestSubscriptions } from '@/api/subscribe';

/** Whether WeChat's settings say something the server does not know yet. */
function settingChanged(status: SubscriptionStatusOutput, setting: NonNullable<Awaited<ReturnType<typeof readSubscriptionSetting>>>): boolean {
  if (status.mainSwitch !== setting.mainSwitch) return true;
  return status.templates.some((template) => {
    const choice = setting.itemSettings[template.id];
    if (choice === undefined) return false;
    return choice === 'accept' ? !template.always : template.refused !== choice;
  });
}

/**
 * 我的 → 到期提醒: the person's subscriptions as the server counts them, kept truthful with WeChat's own
 * settings each time the page shows; asking (from a tap) and turning the switch on or off.
 */
export function useSubscriptions() {
  const status = useAction('subscriptions.status', {}, { refreshOnShow: true });
  const { replace } = status;
  const [asking, setAsking] = useState(false);
  const synced = useRef(false);

  useEffect(() => {
    if (status.data) showUnreadBadge(status.data.unread);
  }, [status.data]);

  const sync = useCallback(async (current: SubscriptionStatusOutput) => {
    const setting = await readSubscriptionSetting();
    if (!setting || !settingChanged(current, setting)) return;
    try {
      replace(await callApi('subscriptions.record', { results: {}, setting }));
    } catch {
      // A later show tries again; nothing the person asked for was lost.
    }
  }, [replace]);

  useEffect(() => {
    if (status.data && !synced.current) {
      synced.current = true;
      void sync(status.data);
    }
  }, [status.data, sync]);
  useDidShow(() => {
    synced.current = false;
  });

  const record = useCallback(
    async (pending: ReturnType<typeof requestSubscriptions>, switchOn?: boolean) => {
      setAsking(true);
      try {
        const results = await pending;
        replace(await callApi('subscriptions.record', { results, switchOn }));
      } catch (error) {
        showErrorToast(error);
      } finally {
        setAsking(false);
      }
    },
    [replace],
  );

  /** From a tap only: the consent dialog is requested before anything is awaited. */
  const ask = useCallback(
    (ids: string[], switchOn?: boolean): void => {
      void record(requestSubscriptions(ids), switchOn);
    },
    [record],
  );

  const turnOff = useCallback(() => void record(Promise.resolve({}), false), [record]);

  return { ...status, asking, ask, turnOff };
}
