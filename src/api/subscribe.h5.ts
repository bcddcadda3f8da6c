// The H5 demo has no WeChat: the consent dialog is simulated, and says so. Results are recorded the same way.
import Taro from '@tarojs/taro';
import { templateById } from '../../core/reminders/subscription-templates';
import type { StandingChoice, SubscribeResult } from '../../core/reminders/subscriptions';

export const SIMULATED = true;

export async function requestSubscriptions(tmplIds: string[]): Promise<Record<string, SubscribeResult>> {
  if (tmplIds.length === 0) return {};
  const titles = tmplIds.map((id) => `「${templateById(id)?.title ?? id}」`).join('');
  const { confirm } = await Taro.showModal({
    title: '演示环境：模拟授权',
    content: `小程序中此处由微信询问是否允许发送${titles}。每次允许可接收一条提醒。`,
    confirmText: '允许',
    cancelText: '拒绝',
  });
  return Object.fromEntries(tmplIds.map((id) => [id, confirm ? 'accept' : 'reject']));
}

export async function readSubscriptionSetting(): Promise<{ mainSwitch: boolean; itemSettings: Record<string, StandingChoice> } | null> {
  return null;
}
