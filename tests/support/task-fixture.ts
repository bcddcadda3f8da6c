import dayjs from 'dayjs';
import type { Emulator } from '../../emulator';
import type { ImportPlanInput } from '../../core/actions/plans';
import type { Role } from '../../core/roles';
import { beijingDay } from '../../core/time';
import { sortKeyOf } from '../../server/tasks/task-fields';
import { collectionSnapshot, expectOk, sdkDatabase } from './local-cloud';
import { testNow } from './test-clock';
import { OFFICE_OPENID, addBoundMember, setUpUnit } from './roster-fixture';
import type { TestPerson } from './roster-fixture';

/**
 * A unit with one person for each way of standing to an item: the secretary, two leaders, a cadre of 总编室
 * (owner of 总编室's items), a cadre of 财务室 (an outsider to them), a cadre of 办公室 who is named 责任人 on
 * some items, and the office. Items come from real `plans.import` calls, one small plan per test.
 */
export const PERSON_SPECS = {
  office: { openid: OFFICE_OPENID, name: '陈办公', roles: ['office'], departments: [] },
  secretary: { openid: 'o-secretary', name: '张书记', roles: ['secretary'], departments: [] },
  // A leader sitting in 总编室 is no owner of its items: owners are cadres or named people.
  leader: { openid: 'o-leader', name: '李领导', roles: ['leader'], departments: ['总编室'] },
  leader2: { openid: 'o-leader2', name: '王领导', roles: ['leader'], departments: [] },
  cadre: { openid: 'o-cadre', name: '赵干部', roles: ['cadre'], departments: ['总编室'] },
  outsider: { openid: 'o-outsider', name: '钱干部', roles: ['cadre'], departments: ['财务室'] },
  named: { openid: 'o-named', name: '孙干部', roles: ['cadre'], departments: ['办公室'] },
} as const satisfies Record<string, { openid: string; name: string; roles: Role[]; departments: string[] }>;

export type PersonKey = keyof typeof PERSON_SPECS;
export type Unit = { departments: Record<string, string>; people: Record<PersonKey, TestPerson & { name: string }> };

export async function setUpPeople(cloud: Emulator): Promise<Unit> {
  const { officeId, departments } = await setUpUnit(cloud);
  const people = { office: { id: officeId, openid: OFFICE_OPENID, name: PERSON_SPECS.office.name } } as Unit['people'];
  for (const [key, spec] of Object.entries(PERSON_SPECS) as [PersonKey, (typeof PERSON_SPECS)[PersonKey]][]) {
    if (key === 'office') continue;
    const person = await addBoundMember(cloud, spec.openid, spec.name, [...spec.roles], spec.departments.map((name) => departments[name] as string));
    people[key] = { ...person, name: spec.name };
  }
  return { departments, people };
}

/** Today in Beijing on the tests' clock (tests/support/test-clock.ts), not the machine's. */
export function today(): string {
  return beijingDay(testNow());
}

/** A Beijing day `days` from today (negative: in the past). */
export function dayFromToday(days: number): string {
  return dayjs.utc(today()).add(days, 'day').format('YYYY-MM-DD');
}

export interface ItemSpec {
  title?: string;
  leader?: 'leader' | 'leader2' | 'secretary' | null;
  departments?: string[];
  /** Days from today to the due day; null: no day (立行立改 or 长期坚持 alone). */
  due?: number | null;
  longTerm?: boolean;
  measures?: string[];
  aspect?: number;
}

let plans = 0;

/** The import input of a plan holding `items`; titles are made unique so that every call is a new plan. */
export function planInput(unit: Unit, items: ItemSpec[], aspectTitles = ['（一）制度建设方面', '（二）作风建设方面', '（三）工作落实方面', '（四）队伍建设方面']): ImportPlanInput {
  plans += 1;
  const tag = `${process.pid}-${Date.now()}-${plans}`;
  const aspects = aspectTitles.map((title) => ({ title, problems: [] as ImportPlanInput['aspects'][number]['problems'] }));
  const leaderNames = new Set<string>();
  const departmentNames = new Set<string>();
  items.forEach((item, index) => {
    const leader = item.leader === undefined ? 'leader' : item.leader;
    const departments = item.departments ?? ['总编室'];
    const due = item.due === undefined ? 30 : item.due;
    if (leader) leaderNames.add(PERSON_SPECS[leader].name);
    for (const name of departments) departmentNames.add(name);
    aspects[item.aspect ?? 0]?.problems.push({
      number: `问题${index + 1}`,
      title: `${item.title ?? '整改事项'}（${tag}-${index + 1}）`,
      manifestations: ['具体表现一'],
      measures: item.measures ?? ['一是建立制度', '二是抓好落实'],
      target: '问题见底清零',
      leader: leader ? PERSON_SPECS[leader].name : null,
      departments,
      deadline: { immediate: due === null && !item.longTerm, longTerm: item.longTerm ?? false, months: null, date: due === null ? null : dayFromToday(due), text: due === null ? (item.longTerm ? '长期坚持' : '立行立改') : dayFromToday(due) },
    });
  });
  const leaderIds: Record<string, string> = Object.fromEntries(Object.values(unit.people).map((person) => [person.name, person.id]));
  return {
    title: `整改方案 ${tag}`,
    planDate: today(),
    kind: 'xuncha',
    aspects: aspects.filter((aspect) => aspect.problems.length > 0),
    departments: Object.fromEntries([...departmentNames].map((name) => [name, unit.departments[name] ? { kind: 'department' as const, departmentId: unit.departments[name] as string } : { kind: 'text' as const }])),
    leaders: Object.fromEntries([...leaderNames].map((name) => [name, { kind: 'member' as const, memberId: leaderIds[name] as string }])),
  };
}

/** Imports the items as the office; their ids in the order given (plan order within each aspect). */
export async function importItems(cloud: Emulator, unit: Unit, items: ItemSpec[]): Promise<{ planId: string; ids: string[] }> {
  const input = planInput(unit, items);
  const { planId } = await expectOk(cloud, OFFICE_OPENID, 'plans.import', input);
  const plan = await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId });
  const byTitle = new Map(plan.aspects.flatMap((aspect) => aspect.tasks).map((task) => [task.title, task.id]));
  const titles = input.aspects.flatMap((aspect) => aspect.problems.map((problem) => problem.title));
  // Back to the order of `items`, which may interleave aspects: each title ends with its item's number.
  const byNumber = new Map(titles.map((title) => [Number(/-(\d+)）$/.exec(title)?.[1]), title]));
  return { planId, ids: items.map((_, index) => byTitle.get(byNumber.get(index + 1) as string) as string) };
}

export async function importItem(cloud: Emulator, unit: Unit, item: ItemSpec = {}): Promise<string> {
  const { ids } = await importItems(cloud, unit, [item]);
  return ids[0] as string;
}

/** The first bytes of each kind the server recognises by content, so a test file is what its name says. */
const MAGIC: Record<string, Buffer> = {
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pdf: Buffer.from('%PDF-1.4\n'),
  docx: Buffer.from('PK\u0003\u0004[Content_Types].xml word/document.xml', 'latin1'),
};

/** Bytes that are what `name` says (a .jpg starts like a JPEG), unique to the name; unknown kinds are plain text. */
export function evidenceBytes(name: string): Buffer {
  const extension = (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();
  return Buffer.concat([MAGIC[extension === 'jpeg' ? 'jpg' : extension] ?? Buffer.alloc(0), Buffer.from(`evidence ${name}`)]);
}

/** Uploads a file into the item's folder as the phone's wx.cloud.uploadFile would; answers its fileID. */
export async function uploadEvidence(cloud: Emulator, taskId: string, name = 'photo.jpg', folder = `uploads/tasks/${taskId}/`, bytes = evidenceBytes(name)): Promise<string> {
  Object.assign(process.env, cloud.sdkEnv());
  const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  const { fileID } = (await sdk.uploadFile({ cloudPath: `${folder}${Date.now()}-${name}`, fileContent: bytes })) as { fileID: string };
  return fileID;
}

/** Puts an item straight into a state (e.g. 待审定) no action sequence needs to be replayed for; a new due day moves its sort key along. */
export async function arrangeTask(cloud: Emulator, taskId: string, data: Record<string, unknown>): Promise<void> {
  const tasks = sdkDatabase(cloud).collection('tasks');
  if ('dueDate' in data) {
    const { data: task } = await tasks.doc(taskId).get<{ planId: string; seq: number }>();
    data = { ...data, sortKey: sortKeyOf({ dueDate: data.dueDate as string | null, planId: task.planId, seq: task.seq }) };
  }
  await tasks.doc(taskId).update({ data });
}

/** Everything a task write can touch: compared before and after a refused call. */
export async function taskState(cloud: Emulator): Promise<unknown[][]> {
  return Promise.all(['tasks', 'progress', 'audit'].map((name) => collectionSnapshot(cloud, name)));
}

/**
 * `count` items spread the way a county unit's plans are: four 方面, the three departments and none, both
 * leaders and none, due days from a month overdue to half a year ahead, some with no day at all.
 */
export function manyItems(count: number): ItemSpec[] {
  const departments = [['总编室'], ['财务室'], ['办公室'], ['总编室', '财务室'], []];
  const leaders = ['leader', 'leader2', null, 'secretary'] as const;
  return Array.from({ length: count }, (_, index) => ({
    title: `事项${index + 1}`,
    departments: departments[index % departments.length],
    leader: leaders[index % leaders.length],
    due: index % 11 === 0 ? null : (index * 37) % 210 - 30,
    longTerm: index % 11 === 0 && index % 2 === 0,
    aspect: index % 4,
  }));
}
