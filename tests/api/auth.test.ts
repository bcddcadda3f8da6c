import type { Emulator } from '../../emulator';
import { BIND_MAX_FAILURES_PER_HOUR } from '../../core/roster/invite';
import { callApi, collectionSnapshot, expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID, addBoundMember, setUpUnit } from '../support/roster-fixture';
import { testNow } from '../support/test-clock';

describe('auth: who am I, and binding with an invite code', () => {
  let cloud: Emulator;
  let departments: Record<string, string>;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
    ({ departments } = await setUpUnit(cloud));
  });
  afterAll(async () => {
    await cloud.close();
  });

  async function inviteFor(name: string): Promise<{ memberId: string; code: string }> {
    const { member } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', {
      name,
      title: '科员',
      roles: ['cadre'],
      departmentIds: [departments['财务室']],
    });
    const { code } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: member.id });
    return { memberId: member.id, code };
  }

  it('answers NOT_BOUND to a WeChat user nobody invited, UNAUTHENTICATED without identity', async () => {
    expect(await callApi(cloud, 'o-stranger', 'auth.me')).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    expect(await callApi(cloud, null, 'auth.me')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('binds with a valid code, typed in lower case with a dash, and then knows the member and departments', async () => {
    const { code } = await inviteFor('孙丽');
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
    const bound = await expectOk(cloud, 'o-sunli', 'auth.bind', { code: typed });
    expect(bound.member).toMatchObject({ name: '孙丽', roles: ['cadre'], bound: true, title: '科员' });
    expect(bound.departments.map((department) => department.name)).toEqual(['财务室']);
    const me = await expectOk(cloud, 'o-sunli', 'auth.me');
    expect(me.member.name).toBe('孙丽');
    expect(JSON.stringify(me)).not.toContain('o-sunli');
  });

  it('keeps only a hash of the code in the database', async () => {
    const { code } = await inviteFor('孙丽');
    expect(JSON.stringify(await collectionSnapshot(cloud, 'invites'))).not.toContain(code);
  });

  it('refuses a code used once already', async () => {
    const { code } = await inviteFor('孙丽');
    await expectOk(cloud, 'o-sunli', 'auth.bind', { code });
    expect(await callApi(cloud, 'o-other', 'auth.bind', { code })).toMatchObject({ ok: false, code: 'INVITE_USED' });
    expect(await callApi(cloud, 'o-other', 'auth.me')).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });

  it('refuses an unknown code and a malformed one', async () => {
    expect(await callApi(cloud, 'o-x', 'auth.bind', { code: 'ABCD2345' })).toMatchObject({ ok: false, code: 'INVITE_INVALID' });
    expect(await callApi(cloud, 'o-x', 'auth.bind', { code: '12' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, 'o-x', 'auth.bind', {})).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('refuses an expired code (7 days)', async () => {
    const { code } = await inviteFor('孙丽');
    const db = sdkDatabase(cloud);
    const eightDaysAgo = new Date(testNow().getTime() - 8 * 24 * 3600 * 1000);
    await db.collection('invites').where({ usedAt: null }).update({ data: { expiresAt: eightDaysAgo } });
    expect(await callApi(cloud, 'o-sunli', 'auth.bind', { code })).toMatchObject({ ok: false, code: 'INVITE_EXPIRED' });
  });

  it('refuses an older code once a newer one was issued for the same member', async () => {
    const { memberId, code: older } = await inviteFor('孙丽');
    const { code: newer } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId });
    expect(await callApi(cloud, 'o-sunli', 'auth.bind', { code: older })).toMatchObject({ ok: false, code: 'INVITE_EXPIRED' });
    await expectOk(cloud, 'o-sunli', 'auth.bind', { code: newer });
  });

  it(`locks out after ${BIND_MAX_FAILURES_PER_HOUR} wrong codes in an hour, even for a right one`, async () => {
    const { code } = await inviteFor('孙丽');
    for (let i = 0; i < BIND_MAX_FAILURES_PER_HOUR; i += 1) {
      expect(await callApi(cloud, 'o-guesser', 'auth.bind', { code: 'WRNG2345' })).toMatchObject({ code: 'INVITE_INVALID' });
    }
    expect(await callApi(cloud, 'o-guesser', 'auth.bind', { code })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    // The limit is per WeChat identity: the rightful owner is not locked out by someone else's guessing.
    await expectOk(cloud, 'o-sunli', 'auth.bind', { code });
  });

  it('lets the limit lapse after an hour', async () => {
    for (let i = 0; i < BIND_MAX_FAILURES_PER_HOUR; i += 1) await callApi(cloud, 'o-guesser', 'auth.bind', { code: 'WRNG2345' });
    const db = sdkDatabase(cloud);
    await db.collection('bind_attempts').doc('o-guesser').set({ data: { failures: [new Date(testNow().getTime() - 61 * 60 * 1000)] } });
    const { code } = await inviteFor('孙丽');
    await expectOk(cloud, 'o-guesser', 'auth.bind', { code });
  });

  it('refuses a second binding for an already bound WeChat', async () => {
    const first = await inviteFor('孙丽');
    await expectOk(cloud, 'o-sunli', 'auth.bind', { code: first.code });
    const second = await inviteFor('周强');
    expect(await callApi(cloud, 'o-sunli', 'auth.bind', { code: second.code })).toMatchObject({ ok: false, code: 'ALREADY_BOUND' });
    expect((await expectOk(cloud, 'o-sunli', 'auth.me')).member.name).toBe('孙丽');
  });

  it('moves a member to a new phone with a fresh code the secretary confirmed; the old WeChat loses access', async () => {
    const person = await addBoundMember(cloud, 'o-old-phone', '赵磊', ['cadre']);
    await addBoundMember(cloud, 'o-secretary', '张书记', ['secretary']);
    const { code } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: person.id });
    await expectOk(cloud, 'o-secretary', 'roster.confirmRebind', { memberId: person.id });
    await expectOk(cloud, 'o-new-phone', 'auth.bind', { code });
    expect((await expectOk(cloud, 'o-new-phone', 'auth.me')).member.name).toBe('赵磊');
    expect(await callApi(cloud, 'o-old-phone', 'auth.me')).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });

  it('refuses binding to a member the office deactivated', async () => {
    const { memberId, code } = await inviteFor('孙丽');
    await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', { id: memberId, name: '孙丽', roles: ['cadre'], active: false });
    expect(await callApi(cloud, 'o-sunli', 'auth.bind', { code })).toMatchObject({ ok: false, code: 'MEMBER_INACTIVE' });
  });

  it('binds exactly one of two people racing for the same code', async () => {
    const { code } = await inviteFor('孙丽');
    const results = await Promise.all([callApi(cloud, 'o-a', 'auth.bind', { code }), callApi(cloud, 'o-b', 'auth.bind', { code })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const members = (await collectionSnapshot(cloud, 'members')) as { name: string; openid: string | null }[];
    expect(members.find((member) => member.name === '孙丽')?.openid).toMatch(/^o-[ab]$/);
  });
});
