// Asking for subscription messages in the mini-program. Taro picks subscribe.h5.ts for the H5 build instead.
import Taro from '@tarojs/taro';
import type { StandingChoice, SubscribeResult } from '../../core/reminders/subscriptions';

/** The H5 demo only pretends to ask; the mini-program asks WeChat. */
export const SIMULATED = false;

/**
 * wx.requestSubscribeMessage for at most 3 template ids. WeChat shows its dialog only when this is called from a
 * tap: call it first thing in the tap handler, before any await. Answers each id's result ({} when the dialog
 * could not be shown, e.g. the person switched all subscription messages off).
 */
export function requestSubscriptions(tmplIds: string[]): Promise<Record<string, SubscribeResult>> {
  if (tmplIds.length === 0) return Promise.resolve({});
  return Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option).then(
    (answer) => {
      const results: Record<string, SubscribeResult> = {};
      for (const id of tmplIds) {
        const result = (answer as unknown as Record<string, unknown>)[id];
        if (result === 'accept' || result === 'reject' || result === 'ban' || result === 'filter') results[id] = result;
      }
      return results;
    },
    () => ({}),
  );
}

/** What WeChat's settings say: the main switch of subscription messages and the standing choices per template. */
export async function readSubscriptionSetting(): Promise<{ mainSwitch: boolean; itemSettings: Record<string, StandingChoice> } | null> {
  try {
    const setting = (await Taro.getSetting({ withSubscriptions: true } as Taro.getSetting.Option)) as unknown as {
      subscriptionsSetting?: { mainSwitch?: boolean; itemSettings?: Record<string, string> };
    };
    const subscriptions = setting.subscriptionsSetting;
    if (!subscriptions || typeof subscriptions.mainSwitch !== 'boolean') return null;
    const itemSettings: Record<string, StandingChoice> = {};
    for (const [id, choice] of Object.entries(subscriptions.itemSettings ?? {})) {
      if (choice === 'accept' || choice === 'reject' || choice === 'ban') itemSettings[id] = choice;
    }
    return { mainSwitch: subscriptions.mainSwitch, itemSettings };
  } catch {
    return null;
  }
}
