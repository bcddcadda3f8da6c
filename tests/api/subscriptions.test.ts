import type { Emulator } from '../../emulator';
import { SUBSCRIPTION_TEMPLATES } from '../../core/reminders/subscription-templates';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';

const DEADLINE = SUBSCRIPTION_TEMPLATES.deadline.id;
const PROGRESS = SUBSCRIPTION_TEMPLATES.progress.id;
const APPROVAL = SUBSCRIPTION_TEMPLATES.approval.id;

let cloud: Emulator;
let unit: Unit;

beforeAll(async () => {
  cloud = await startLocalCloud();
  unit = await setUpPeople(cloud);
});
afterAll(async () => {
  await cloud.close();
});

const inHand = (status: { templates: { id: string; inHand: number }[] }, id: string) => status.templates.find((template) => template.id === id)?.inHand;

describe('subscriptions.record and subscriptions.status', () => {
  it('starts with nothing in hand, the switch on, and the reminder and decision templates to ask for', async () => {
    const status = await expectOk(cloud, unit.people.leader2.openid, 'subscriptions.status', {});
    expect(status).toMatchObject({ enabled: true, mainSwitch: null, longTerm: false, unread: 0, askIds: [DEADLINE, PROGRESS, APPROVAL], switchIds: [DEADLINE, PROGRESS, APPROVAL] });
    expect(status.templates.map((template) => [template.title, template.inHand, template.refused])).toEqual([
      ['截止提醒', 0, null],
      ['待办事项提醒', 0, null],
      ['审批提醒', 0, null],
    ]);
  });

  it('counts each accept as one reminder in hand, per template and per person', async () => {
    const cadre = unit.people.cadre.openid;
    await expectOk(cloud, cadre, 'subscriptions.record', { results: { [DEADLINE]: 'accept', [PROGRESS]: 'accept' } });
    const status = await expectOk(cloud, cadre, 'subscriptions.record', { results: { [DEADLINE]: 'accept', [PROGRESS]: 'filter' } });
    expect([inHand(status, DEADLINE), inHand(status, PROGRESS)]).toEqual([2, 1]);
    expect(inHand(await expectOk(cloud, unit.people.named.openid, 'subscriptions.status', {}), DEADLINE)).toBe(0);
  });

  it('remembers a reject and stops asking for it, until the person turns the switch on', async () => {
    const openid = unit.people.outsider.openid;
    let status = await expectOk(cloud, openid, 'subscriptions.record', { results: { [DEADLINE]: 'reject', [PROGRESS]: 'accept' } });
    expect(status.askIds).toEqual([PROGRESS, APPROVAL]);
    expect(status.templates.find((template) => template.id === DEADLINE)?.refused).toBe('reject');
    status = await expectOk(cloud, openid, 'subscriptions.record', { results: { [DEADLINE]: 'accept', [PROGRESS]: 'accept' }, switchOn: true });
    expect(status.askIds).toEqual([DEADLINE, PROGRESS, APPROVAL]);
    expect([inHand(status, DEADLINE), inHand(status, PROGRESS)]).toEqual([1, 2]);
  });

  it('a ban empties the template; the switch off stops every ask', async () => {
    const openid = unit.people.secretary.openid;
    await expectOk(cloud, openid, 'subscriptions.record', { results: { [DEADLINE]: 'accept' } });
    let status = await expectOk(cloud, openid, 'subscriptions.record', { results: { [DEADLINE]: 'ban' } });
    expect(status.templates.find((template) => template.id === DEADLINE)).toMatchObject({ inHand: 0, refused: 'ban' });
    status = await expectOk(cloud, openid, 'subscriptions.record', { results: {}, switchOn: false });
    expect(status).toMatchObject({ enabled: false, askIds: [] });
  });

  it('keeps the switch truthful with what getSetting reported', async () => {
    const openid = unit.people.leader.openid;
    const status = await expectOk(cloud, openid, 'subscriptions.record', { results: {}, setting: { mainSwitch: false, itemSettings: { [DEADLINE]: 'accept', [PROGRESS]: 'reject' } } });
    expect(status).toMatchObject({ mainSwitch: false, askIds: [] });
    expect(status.templates.map((template) => [template.always, template.refused])).toEqual([
      [true, null],
      [false, 'reject'],
      [false, null],
    ]);
  });

  describe('refusals', () => {
    it('refuses a WeChat user who is not bound', async () => {
      expect(await callApi(cloud, 'o-nobody', 'subscriptions.record', { results: { [DEADLINE]: 'accept' } })).toMatchObject({ ok: false, code: 'NOT_BOUND' });
      expect(await callApi(cloud, 'o-nobody', 'subscriptions.status', {})).toMatchObject({ ok: false, code: 'NOT_BOUND' });
      expect(await callApi(cloud, null, 'subscriptions.status', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    });

    it.each([
      ['an unknown template id', { results: { 'made-up': 'accept' } }],
      ['an unknown result', { results: { [DEADLINE]: 'maybe' } }],
      ['too many templates at once', { results: Object.fromEntries(Array.from({ length: 6 }, (_, index) => [index % 2 ? DEADLINE + index : PROGRESS, 'accept'])) }],
      ['no results at all', {}],
      ['a member id (identity comes from WeChat only)', { results: {}, memberId: 'someone' }],
      ['a setting without mainSwitch', { results: {}, setting: { itemSettings: {} } }],
      ['a standing choice that does not exist', { results: {}, setting: { mainSwitch: true, itemSettings: { [DEADLINE]: 'filter' } } }],
    ])('refuses %s and records nothing', async (_what, input) => {
      const before = await collectionSnapshot(cloud, 'subscriptions');
      expect(await callApi(cloud, unit.people.cadre.openid, 'subscriptions.record', input)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await collectionSnapshot(cloud, 'subscriptions')).toEqual(before);
    });

    it('refuses input to subscriptions.status', async () => {
      expect(await callApi(cloud, unit.people.cadre.openid, 'subscriptions.status', { memberId: unit.people.leader.id })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    });
  });
});
