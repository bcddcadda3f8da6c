import type { Emulator } from '../../emulator';
import type { Role } from '../../core/roles';
import { TEST_SETUP_SECRET, expectOk } from './local-cloud';

export const OFFICE_OPENID = 'o-office';

export interface TestPerson {
  id: string;
  openid: string;
}

/** Runs setup as the office and adds departments; returns ids to build people on. */
export async function setUpUnit(cloud: Emulator): Promise<{ officeId: string; departments: Record<string, string> }> {
  const { member } = await expectOk(cloud, OFFICE_OPENID, 'setup', { secret: TEST_SETUP_SECRET, officeMemberName: '陈办公', unitName: '测试单位' });
  const departments: Record<string, string> = {};
  for (const name of ['办公室', '财务室', '总编室']) {
    const { department } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { name });
    departments[name] = department.id;
  }
  return { officeId: member.id, departments };
}

/**
 * A member created by the office and bound to `openid` through a real invite. Leaders and secretaries are granted
 * with the setup secret (core/duties: the office alone may not), as a unit does before it has a secretary.
 */
export async function addBoundMember(cloud: Emulator, openid: string, name: string, roles: Role[], departmentIds: string[] = []): Promise<TestPerson> {
  const privileged = roles.includes('leader') || roles.includes('secretary');
  const { member } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', { name, roles, departmentIds, ...(privileged ? { setupSecret: TEST_SETUP_SECRET } : {}) });
  const { code } = await expectOk(cloud, OFFICE_OPENID, 'roster.issueInvite', { memberId: member.id });
  await expectOk(cloud, openid, 'auth.bind', { code });
  return { id: member.id, openid };
}
