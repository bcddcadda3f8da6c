import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionName, ActionOutput } from '../../core/actions';
import type { ImportPlanInput } from '../../core/actions/plans';
import { seedDemoOutcomes } from './demo-outcomes';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE, DEMO_UNIT_NAME } from './demo-unit';

/** The demo plan, written for the project in the seed's style; "now" in the demo is late November 2026. */
export const DEMO_PLAN_FILE = join(__dirname, 'sample-plan.txt');
export const DEMO_PLAN_DATE = '2026-08-20';

export interface FunctionInvoker {
  invokeFunction(name: string, event: unknown, wxContext?: { OPENID?: string; SOURCE?: string }): Promise<unknown>;
}

type Answer<A extends ActionName> = { ok: true; data: ActionOutput<A> } | { ok: false; code: string; message: string };

/** Runs an action exactly as a phone would: through the api function, as that person's OPENID. */
async function call<A extends ActionName>(cloud: FunctionInvoker, openid: string, action: A, input: unknown): Promise<Answer<A>> {
  return (await cloud.invokeFunction('api', { action, input }, { OPENID: openid, SOURCE: 'wx_client' })) as Answer<A>;
}

async function must<A extends ActionName>(cloud: FunctionInvoker, openid: string, action: A, input: unknown): Promise<ActionOutput<A>> {
  const answer = await call(cloud, openid, action, input);
  if (!answer.ok) throw new Error(`demo seed: ${action} answered ${answer.code} ${answer.message}`);
  return answer.data;
}

/**
 * Seeds the demo unit through the production path (setup, roster actions, invites and binding, the plan and the
 * outcomes recorded on it), once:
 * returns false when the local cloud was set up already.
 */
export async function seedDemoUnit(cloud: FunctionInvoker, setupSecret: string): Promise<boolean> {
  const [office, ...others] = DEMO_PEOPLE;
  if (!office) throw new Error('demo unit has no people');
  const setup = await call(cloud, office.openid, 'setup', { secret: setupSecret, officeMemberName: office.name, unitName: DEMO_UNIT_NAME });
  if (!setup.ok) {
    if (setup.code === 'SETUP_DONE') return false;
    throw new Error(`demo seed: setup answered ${setup.code} ${setup.message}`);
  }
  const departmentIds = new Map<string, string>();
  for (const name of DEMO_DEPARTMENTS) {
    const { department } = await must(cloud, office.openid, 'roster.upsertDepartment', { name });
    departmentIds.set(name, department.id);
  }
  const idsOf = (names: readonly string[]) => names.map((name) => departmentIds.get(name) as string);
  for (const person of others) {
    // The office may not grant 组长 or 责任领导 (core/duties); before the unit has a secretary the setup secret does.
    const privileged = person.roles.includes('leader') || person.roles.includes('secretary');
    const { member } = await must(cloud, office.openid, 'roster.upsertMember', {
      name: person.name,
      title: person.title,
      roles: person.roles,
      departmentIds: idsOf(person.departments),
      ...(privileged ? { setupSecret } : {}),
    });
    const { code } = await must(cloud, office.openid, 'roster.issueInvite', { memberId: member.id });
    await must(cloud, person.openid, 'auth.bind', { code });
  }
  // Nobody changes their own roles: the secretary completes the office's card.
  const secretary = others.find((person) => person.roles.includes('secretary'));
  if (!secretary) throw new Error('demo unit has no secretary');
  await must(cloud, secretary.openid, 'roster.upsertMember', {
    id: setup.data.member.id,
    name: office.name,
    title: office.title,
    roles: office.roles,
    departmentIds: idsOf(office.departments),
  });
  const planId = await importDemoPlan(cloud, office.openid);
  await seedDemoOutcomes((openid, action, input) => must(cloud, openid, action, input), office.openid, planId);
  return true;
}

/** Groups of people (全体采编人员) are kept as written; anything named like a unit would be a department. */
const PEOPLE_GROUP = /人员|干部|同志|职工/;

/**
 * Imports the sample plan the way the office would on its phone: preview, then confirm with the exact roster
 * matches, the close one (中心办公室 → 办公室) taken, and groups of people kept as written.
 */
async function importDemoPlan(cloud: FunctionInvoker, officeOpenid: string): Promise<string> {
  const text = readFileSync(DEMO_PLAN_FILE, 'utf8');
  const preview = await must(cloud, officeOpenid, 'plans.preview', { text, planDate: DEMO_PLAN_DATE });
  const departments: ImportPlanInput['departments'] = {};
  for (const { written, candidates } of preview.departments) {
    const [first] = candidates;
    departments[written] = first ? { kind: 'department', departmentId: first.id } : PEOPLE_GROUP.test(written) ? { kind: 'text' } : { kind: 'create' };
  }
  const leaders: ImportPlanInput['leaders'] = {};
  for (const { written, match, candidates } of preview.leaders) {
    const [first] = candidates;
    leaders[written] = match === 'exact' && first ? { kind: 'member', memberId: first.id } : { kind: 'text' };
  }
  const { planId } = await must(cloud, officeOpenid, 'plans.import', {
    title: preview.plan.title ?? `${DEMO_UNIT_NAME}巡察整改落实方案`,
    planDate: DEMO_PLAN_DATE,
    // What the wizard suggests, accepted as the office would.
    kind: preview.suggested.kind,
    source: preview.suggested.source,
    aspects: preview.plan.aspects,
    departments,
    leaders,
  });
  return planId;
}
