import { applySubscriptionChange, initialSubscriptionState, subscriptionBlocker, subscriptionChange, templatesToAsk } from './subscriptions';
import type { RecordRequest, SubscriptionState } from './subscriptions';

const record = (state: SubscriptionState, request: RecordRequest) => applySubscriptionChange(state, subscriptionChange(request));

describe('subscriptions kept per template', () => {
  it('adds one reminder in hand per accept, and remembers a reject without losing what is in hand', () => {
    let state = record(initialSubscriptionState(), { results: { deadline: 'accept', progress: 'accept' } });
    state = record(state, { results: { deadline: 'accept', progress: 'reject' } });
    expect(state.quota).toMatchObject({ deadline: 2, progress: 1 });
    expect(state.refused).toMatchObject({ deadline: null, progress: 'reject' });
    expect(subscriptionBlocker(state, 'progress')).toBeNull();
  });

  it('a ban empties the template and blocks it; filter changes nothing', () => {
    const state = record(record(initialSubscriptionState(), { results: { deadline: 'accept' } }), { results: { deadline: 'ban', progress: 'filter' } });
    expect(state.quota.deadline).toBe(0);
    expect(subscriptionBlocker(state, 'deadline')).toBe('refused');
    expect(state.refused.progress).toBeNull();
  });

  it('says why nothing can be sent: switch off, WeChat off, no accept left', () => {
    const accepted = record(initialSubscriptionState(), { results: { deadline: 'accept' } });
    expect(subscriptionBlocker(accepted, 'deadline')).toBeNull();
    expect(subscriptionBlocker(accepted, 'progress')).toBe('no_quota');
    expect(subscriptionBlocker(record(accepted, { results: {}, switchOn: false }), 'deadline')).toBe('switch_off');
    expect(subscriptionBlocker(record(accepted, { results: {}, setting: { mainSwitch: false, itemSettings: {} } }), 'deadline')).toBe('wechat_off');
  });

  it('stops asking at natural moments after a refusal, until the switch is turned on again', () => {
    const refused = record(initialSubscriptionState(), { results: { deadline: 'reject', progress: 'accept' } });
    // 审批提醒 (approval) was never answered: it is still asked for.
    expect(templatesToAsk(refused, 'natural')).toEqual(['progress', 'approval']);
    expect(templatesToAsk(refused, 'switch')).toEqual(['deadline', 'progress', 'approval']);
    const turnedOn = record(refused, { results: { deadline: 'accept' }, switchOn: true });
    expect(turnedOn.refused).toMatchObject({ deadline: null, progress: null });
    expect(templatesToAsk(turnedOn, 'natural')).toEqual(['deadline', 'progress', 'approval']);
    expect(templatesToAsk(record(turnedOn, { results: {}, switchOn: false }), 'natural')).toEqual([]);
  });

  it('stops asking once enough reminders are in hand', () => {
    let state = initialSubscriptionState();
    for (let index = 0; index < 3; index += 1) state = record(state, { results: { deadline: 'accept' } });
    expect(templatesToAsk(state, 'natural')).toEqual(['progress', 'approval']);
  });

  it('takes standing choices from getSetting: always-accept noted, always-reject remembered', () => {
    const state = record(initialSubscriptionState(), { results: {}, setting: { mainSwitch: true, itemSettings: { deadline: 'accept', progress: 'reject' } } });
    expect(state.always.deadline).toBe(true);
    expect(state.refused.progress).toBe('reject');
    expect(state.mainSwitch).toBe(true);
  });
});
