import type { Emulator } from '../../emulator';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID, addBoundMember, setUpUnit } from '../support/roster-fixture';
import { testNow } from '../support/test-clock';

describe('roster: members, departments and invites', () => {
  let cloud: Emulator;
  let departments: Record<string, string>;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    ({ departments } = await setUpUnit(cloud));
    await addBoundMember(cloud, 'o-secretary', '张书记', ['secretary']);
    await addBoundMember(cloud, 'o-leader', '李领导', ['leader'], [departments['总编室'] as string]);
    await addBoundMember(cloud, 'o-cadre', '赵干部', ['cadre'], [departments['总编室'] as string]);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('lists members with roles and binding state, and filters by department', async () => {
    const { members } = await expectOk(cloud, OFFICE_OPENID, 'roster.listMembers', {});
    expect(members.map((member) => member.name).sort()).toEqual(['张书记', '李领导', '赵干部', '陈办公'].sort());
    expect(members.every((member) => member.bound)).toBe(true);
    expect(JSON.stringify(members)).not.toMatch(/o-(cadre|leader|office)/);
    const editorial = await expectOk(cloud, 'o-secretary', 'roster.listMembers', { departmentId: departments['总编室'] });
    expect(editorial.members.map((member) => member.name).sort()).toEqual(['李领导', '赵干部'].sort());
  });

  it('gives leaders a directory of every active member with name, departments and roles only; a cadre may not read it', async () => {
    const { people } = await expectOk(cloud, 'o-leader', 'roster.directory', {});
    expect(people.map((person) => person.name).sort()).toEqual(['张书记', '李领导', '赵干部', '陈办公'].sort());
    const cadre = people.find((person) => person.name === '赵干部');
    expect(cadre).toEqual({ id: expect.any(String), name: '赵干部', departments: [{ id: departments['总编室'], name: '总编室' }], roles: ['cadre'] });
    expect(people.every((person) => Object.keys(person).sort().join() === 'departments,id,name,roles')).toBe(true);
    expect(await callApi(cloud, 'o-cadre', 'roster.directory', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-leader', 'roster.directory', { includeInactive: true })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('counts active members per department', async () => {
    const { departments: list } = await expectOk(cloud, OFFICE_OPENID, 'roster.listDepartments', {});
    expect(list.map((department) => [department.name, department.memberCount])).toEqual([
      ['办公室', 0],
      ['财务室', 0],
      ['总编室', 2],
    ]);
  });

  it('updates a member and keeps their binding', async () => {
    const { members } = await expectOk(cloud, OFFICE_OPENID, 'roster.listMembers', {});
    const cadre = members.find((member) => member.name === '赵干部');
    const { member } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', {
      id: cadre?.id,
      name: '赵干部',
      title: '总编室主任',
      roles: ['cadre', 'cadre'],
      departmentIds: [departments['总编室'], departments['财务室']],
    });
    expect(member).toMatchObject({ title: '总编室主任', roles: ['cadre'], bound: true });
    const me = await expectOk(cloud, 'o-cadre', 'auth.me');
    expect(me.departments.map((department) => department.name)).toEqual(['总编室', '财务室']);
  });

  it('refuses an unknown department and leaves the roster as it was', async () => {
    const before = await collectionSnapshot(cloud, 'members');
    const result = await callApi(cloud, OFFICE_OPENID, 'roster.upsertMember', { name: '新人', roles: ['cadre'], departmentIds: ['nope'] });
    expect(result).toMatchObject({ ok: false, code: 'DEPARTMENT_NOT_FOUND' });
    expect(await collectionSnapshot(cloud, 'members')).toEqual(before);
  });

  it('refuses a member without a role, an unknown role, or an empty name', async () => {
    for (const input of [
      { name: '新人', roles: [] },
      { name: '新人', roles: ['admin'] },
      { name: '', roles: ['cadre'] },
      { name: '新人', roles: ['cadre'], openid: 'o-injected' },
    ]) {
      expect(await callApi(cloud, OFFICE_OPENID, 'roster.upsertMember', input)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
  });

  it('refuses to update a member that does not exist', async () => {
    expect(await callApi(cloud, OFFICE_OPENID, 'roster.upsertMember', { id: 'missing', name: '某人', roles: ['cadre'] })).toMatchObject({
      ok: false,
      code: 'MEMBER_NOT_FOUND',
    });
  });

  it('does not let the office remove its own office role', async () => {
    const me = await expectOk(cloud, OFFICE_OPENID, 'auth.me');
    const result = await callApi(cloud, OFFICE_OPENID, 'roster.upsertMember', { id: me.member.id, name: '陈办公', roles: ['cadre'] });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await expectOk(cloud, OFFICE_OPENID, 'auth.me')).member.roles).toEqual(['office']);
  });

  it('renames a department and refuses a duplicate name', async () => {
    const { department } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { name: '新媒体室' });
    const renamed = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { id: department.id, name: '新媒体中心' });
    expect(renamed.department.name).toBe('新媒体中心');
    expect(await callApi(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { name: ' 财务室 ' })).toMatchObject({ ok: false, code: 'DUPLICATE_NAME' });
    expect(await callApi(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { id: 'missing', name: '某室' })).toMatchObject({
      ok: false,
      code: 'DEPARTMENT_NOT_FOUND',
    });
  });

  it('issues invites only for existing members', async () => {
    expect(await callApi(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: 'missing' })).toMatchObject({ ok: false, code: 'MEMBER_NOT_FOUND' });
    const { members } = await expectOk(cloud, OFFICE_OPENID, 'roster.listMembers', {});
    const invite = await expectOk(cloud, 'o-secretary', 'roster.issueInvite', { memberId: members[0]?.id });
    expect(invite.code).toMatch(/^[A-Z2-9]{8}$/);
    const days = (new Date(invite.expiresAt).getTime() - testNow().getTime()) / (24 * 3600 * 1000);
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });

  it('answers UNKNOWN_ACTION and VALIDATION_FAILED for malformed calls', async () => {
    expect(await cloud.invokeFunction('api', { action: 'tasks.deleteEverything' }, { OPENID: OFFICE_OPENID })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await cloud.invokeFunction('api', { nothing: true }, { OPENID: OFFICE_OPENID })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await cloud.invokeFunction('api', 'not an object', { OPENID: OFFICE_OPENID })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
