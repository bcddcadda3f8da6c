import { REMINDER_TEMPLATE_KEYS, SUBSCRIPTION_TEMPLATES, LONG_TERM_SUBSCRIPTIONS } from './subscription-templates';
import type { TemplateKey } from './subscription-templates';

/** What wx.requestSubscribeMessage answers per template id. */
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number];

/** A standing choice from wx.getSetting({withSubscriptions: true}) (总是保持以上选择). */
export const STANDING_CHOICES = ['accept', 'reject', 'ban'] as const;
export type StandingChoice = (typeof STANDING_CHOICES)[number];

/** The app asks at most this many templates in one requestSubscribeMessage (the platform's limit). */
export const MAX_TEMPLATES_PER_ASK = 3;

/**
 * One person's subscriptions as the server keeps them. A one-time subscription is one message per accept, so
 * `quota` counts the accepts not yet spent ("in hand"); a reject or ban is remembered so the app stops asking
 * until the person turns the 到期提醒 switch on again.
 */
export interface SubscriptionState {
  /** The 到期提醒 switch: off means reminders go to the in-app inbox only and the app never asks. */
  enabled: boolean;
  /** WeChat's own 订阅消息 switch (getSetting's mainSwitch); null when the app could not read it (H5). */
  mainSwitch: boolean | null;
  quota: Record<TemplateKey, number>;
  refused: Record<TemplateKey, 'reject' | 'ban' | null>;
  /** The person chose 总是保持以上选择 with accept: each ask is accepted without a dialog. */
  always: Record<TemplateKey, boolean>;
}

function perTemplate<T>(value: T): Record<TemplateKey, T> {
  return Object.fromEntries(Object.keys(SUBSCRIPTION_TEMPLATES).map((key) => [key, value])) as Record<TemplateKey, T>;
}

export function initialSubscriptionState(): SubscriptionState {
  return { enabled: true, mainSwitch: null, quota: perTemplate(0), refused: perTemplate(null), always: perTemplate(false) };
}

/** The changes one `subscriptions.record` makes: additions to quotas, and fields set outright. */
export interface SubscriptionChange {
  addQuota: Partial<Record<TemplateKey, number>>;
  set: {
    enabled?: boolean;
    mainSwitch?: boolean;
    quota?: Partial<Record<TemplateKey, number>>;
    refused?: Partial<Record<TemplateKey, 'reject' | 'ban' | null>>;
    always?: Partial<Record<TemplateKey, boolean>>;
  };
}

export interface RecordRequest {
  results: Partial<Record<TemplateKey, SubscribeResult>>;
  /** true: the person turned the switch on (refusals are forgotten first); false: turned it off. */
  switchOn?: boolean;
  setting?: { mainSwitch: boolean; itemSettings: Partial<Record<TemplateKey, StandingChoice>> };
}

/**
 * Each accept adds one message to the template's quota; a reject is remembered; a ban also zeroes the quota (the
 * platform refuses every send of a banned template); filter (the platform hid the template) changes nothing.
 * Expressed as increments so that a reminder run spending quota at the same moment loses nothing.
 */
export function subscriptionChange(request: RecordRequest): SubscriptionChange {
  const change: SubscriptionChange = { addQuota: {}, set: {} };
  const refused: Partial<Record<TemplateKey, 'reject' | 'ban' | null>> = {};
  const quota: Partial<Record<TemplateKey, number>> = {};
  const always: Partial<Record<TemplateKey, boolean>> = {};
  if (request.switchOn !== undefined) change.set.enabled = request.switchOn;
  if (request.switchOn === true) for (const key of Object.keys(SUBSCRIPTION_TEMPLATES) as TemplateKey[]) refused[key] = null;
  if (request.setting) {
    change.set.mainSwitch = request.setting.mainSwitch;
    for (const [key, choice] of Object.entries(request.setting.itemSettings) as [TemplateKey, StandingChoice][]) {
      always[key] = choice === 'accept';
      if (choice !== 'accept') refused[key] = choice;
      if (choice === 'ban') quota[key] = 0;
    }
  }
  for (const [key, result] of Object.entries(request.results) as [TemplateKey, SubscribeResult][]) {
    if (result === 'accept') {
      change.addQuota[key] = (change.addQuota[key] ?? 0) + 1;
      refused[key] = null;
    } else if (result === 'reject' || result === 'ban') {
      refused[key] = result;
      if (result === 'ban') quota[key] = 0;
    }
  }
  for (const key of Object.keys(quota) as TemplateKey[]) delete change.addQuota[key];
  if (Object.keys(refused).length > 0) change.set.refused = refused;
  if (Object.keys(quota).length > 0) change.set.quota = quota;
  if (Object.keys(always).length > 0) change.set.always = always;
  return change;
}

/** The state after a change, as the server's increments leave it (for answers and for unit tests). */
export function applySubscriptionChange(state: SubscriptionState, change: SubscriptionChange): SubscriptionState {
  const next: SubscriptionState = {
    enabled: change.set.enabled ?? state.enabled,
    mainSwitch: change.set.mainSwitch ?? state.mainSwitch,
    quota: { ...state.quota, ...change.set.quota },
    refused: { ...state.refused, ...change.set.refused },
    always: { ...state.always, ...change.set.always },
  };
  for (const [key, added] of Object.entries(change.addQuota) as [TemplateKey, number][]) next.quota[key] = (next.quota[key] ?? 0) + added;
  return next;
}

/** Why a reminder cannot go out as a subscription message now (and so goes to the inbox), or null when it can. */
export type NoSubscriptionReason = 'switch_off' | 'wechat_off' | 'refused' | 'no_quota';

export function subscriptionBlocker(state: SubscriptionState, key: TemplateKey): NoSubscriptionReason | null {
  if (!state.enabled) return 'switch_off';
  if (state.mainSwitch === false) return 'wechat_off';
  if (state.refused[key] === 'ban') return 'refused';
  // With long-term subscriptions one accept stands until withdrawn: the server never spends it.
  return (state.quota[key] ?? 0) > 0 ? null : 'no_quota';
}

/** Keep asking at natural moments while fewer than this many reminders are in hand for a template. */
export const ASK_BELOW = 3;

/**
 * The templates worth asking for now. From the switch (the person asked for it): every reminder template. At a
 * natural moment (opening one's own item, after posting progress): only while the switch is on, never a refused
 * template, and only while the person holds fewer than ASK_BELOW; none with long-term subscriptions in hand.
 */
export function templatesToAsk(state: SubscriptionState, moment: 'switch' | 'natural'): TemplateKey[] {
  const keys = REMINDER_TEMPLATE_KEYS.slice(0, MAX_TEMPLATES_PER_ASK);
  if (moment === 'switch') return keys;
  if (!state.enabled || state.mainSwitch === false) return [];
  return keys.filter((key) => state.refused[key] === null && state.quota[key] < (LONG_TERM_SUBSCRIPTIONS ? 1 : ASK_BELOW));
}
