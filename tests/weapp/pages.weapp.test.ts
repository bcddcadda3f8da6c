import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../emulator';
import { DEMO_PEOPLE } from '../../scripts/demo/demo-unit';
import { seedDemoUnit } from '../../scripts/demo/seed-demo';
import { FULL_RECORD, fullRecord, inAnHour } from '../support/interview-fixture';
import { expectOk, startLocalCloud, TEST_SETUP_SECRET } from '../support/local-cloud';
import { DIST, Phone } from './support/mini-program';
import type { RenderedPage } from './support/mini-program';

// Every page of the built mini-program, opened on the phone of each role that reaches it in the demo unit, run in
// Node with a `wx` stub and rendered through WeChat's wcc: what a person would read, with no exception, no wx API
// WeChat lacks, no refused call and no empty page. Not covered: layout, WXSS, native components' insides, taps.

type Role = 'office' | 'secretary' | 'leader' | 'cadre';
const PERSON: Record<Role, string> = { office: '陈晓燕', secretary: '张建国', leader: '李卫东', cadre: '刘洋' };
const openidOf = (name: string) => (DEMO_PEOPLE.find((person) => person.name === name) as { openid: string }).openid;

const ITEM = '新媒体平台内容审核把关不严';

interface World {
  taskId: string;
  planId: string;
  memberId: string;
  pendingApprovalId: string;
  approvedId: string;
  signingId: string;
  subjectSlot: string;
  interviewerSlot: string;
  measures: string[];
}

let cloud: Emulator;
let world: World;

/** Arranges, through the app's own actions, one of everything a page can be opened on. */
async function arrange(): Promise<World> {
  await seedDemoUnit(cloud, TEST_SETUP_SECRET);
  const office = openidOf(PERSON.office);
  const { members } = await expectOk(cloud, office, 'roster.listMembers', {});
  const idOf = (name: string) => (members.find((member) => member.name === name) as { id: string }).id;
  const { items } = await expectOk(cloud, openidOf(PERSON.cadre), 'tasks.list', {});
  const task = items.find((item) => item.title === ITEM) as { id: string };
  const { task: detail } = await expectOk(cloud, office, 'tasks.get', { taskId: task.id });
  const { plans } = await expectOk(cloud, office, 'plans.list', {});
  const proposal = {
    kind: 'reminder',
    source: { type: 'task', taskId: task.id },
    subjectId: idOf(PERSON.cadre),
    interviewerIds: [idOf(PERSON.leader)],
    recorderId: idOf(PERSON.office),
    approverId: idOf(PERSON.secretary),
    plannedAt: inAnHour(),
    place: '党组会议室',
    reason: '新媒体平台审核把关不严，整改进度滞后。',
    submit: true,
  };
  const propose = async () => (await expectOk(cloud, office, 'interviews.propose', proposal)).interview.id;
  const approve = (interviewId: string) => expectOk(cloud, openidOf(PERSON.secretary), 'interviews.approve', { interviewId, decision: 'approve', opinion: '同意约谈' });
  const record = (interviewId: string) => expectOk(cloud, office, 'interviews.record', fullRecord(interviewId));
  const pendingApprovalId = await propose();
  const approvedId = await propose();
  await approve(approvedId);
  const signingId = await propose();
  await approve(signingId);
  await record(signingId);
  const { interview } = await expectOk(cloud, office, 'interviews.requestSignatures', { interviewId: signingId });
  const slotOf = (name: string) => (interview.slots.find((slot) => slot.person.name === name) as { slot: string }).slot;
  return {
    taskId: task.id,
    planId: (plans[0] as { id: string }).id,
    memberId: idOf(PERSON.cadre),
    pendingApprovalId,
    approvedId,
    signingId,
    subjectSlot: slotOf(PERSON.cadre),
    interviewerSlot: slotOf(PERSON.leader),
    measures: detail.measures.map((measure) => measure.text),
  };
}

type PageCase = {
  route: string;
  roles: Role[];
  query?: (world: World, role: Role) => Record<string, string>;
  /** Refusals the page is built to expect and explain on screen. */
  refused?: string[];
};
const ALL: Role[] = ['office', 'secretary', 'leader', 'cadre'];
const task = (world: World) => ({ taskId: world.taskId });

/** Each page with the roles that open it in the app and the query they open it with. */
const PAGES: PageCase[] = [
  { route: 'pages/tasks/index', roles: ALL },
  { route: 'pages/interviews/index', roles: ALL },
  { route: 'pages/stats/index', roles: ['office', 'secretary', 'leader'] },
  { route: 'pages/me/index', roles: ALL },
  { route: 'packages/roster/members/index', roles: ['office'] },
  { route: 'packages/roster/member-edit/index', roles: ['office'], query: (world) => ({ id: world.memberId }) },
  { route: 'packages/roster/departments/index', roles: ['office'] },
  { route: 'packages/roster/access-log/index', roles: ['secretary'] },
  { route: 'packages/tasks/detail/index', roles: ALL, query: (world) => ({ id: world.taskId }) },
  { route: 'packages/tasks/progress/index', roles: ['cadre'], query: task },
  { route: 'packages/tasks/closure/index', roles: ['cadre'], query: task },
  { route: 'packages/tasks/review/index', roles: ['leader', 'secretary'], query: task },
  { route: 'packages/tasks/extension/index', roles: ['cadre'], query: task },
  { route: 'packages/tasks/extension-decide/index', roles: ['leader'], query: task },
  { route: 'packages/tasks/assign/index', roles: ['office'], query: task },
  { route: 'packages/tasks/comment/index', roles: ['leader', 'secretary'], query: task },
  { route: 'packages/tasks/outcome/index', roles: ['cadre'], query: task },
  { route: 'packages/plans/import/index', roles: ['office'] },
  { route: 'packages/plans/list/index', roles: ['office'] },
  { route: 'packages/plans/detail/index', roles: ['office'], query: (world) => ({ id: world.planId }) },
  { route: 'packages/interviews/detail/index', roles: ALL, query: (world) => ({ id: world.signingId }) },
  // A leader may propose, but the roster is the office's: the form says so (人员名单由办公室维护) instead of listing it.
  { route: 'packages/interviews/propose/index', roles: ['office', 'leader'], refused: ['roster.listDepartments', 'roster.listMembers'] },
  { route: 'packages/interviews/approve/index', roles: ['secretary'], query: (world) => ({ id: world.pendingApprovalId }) },
  { route: 'packages/interviews/record/index', roles: ['office'], query: (world) => ({ id: world.approvedId }) },
  { route: 'packages/interviews/sign/index', roles: ['cadre', 'leader'], query: (world, role) => ({ id: world.signingId, slot: role === 'cadre' ? world.subjectSlot : world.interviewerSlot }) },
  { route: 'packages/interviews/opinion/index', roles: ['office'], query: (world) => ({ id: world.signingId }) },
  { route: 'packages/interviews/feedback/index', roles: ['cadre'], query: (world) => ({ id: world.signingId }) },
  { route: 'packages/interviews/revise/index', roles: ['office'], query: (world) => ({ id: world.signingId }) },
  { route: 'packages/inbox/index/index', roles: ALL },
  { route: 'packages/inbox/log/index', roles: ['office'] },
  { route: 'packages/reports/exports/index', roles: ['office', 'secretary'] },
  { route: 'packages/reports/notice/index', roles: ['office', 'secretary'] },
  { route: 'packages/reports/situation/index', roles: ['office', 'secretary'] },
  { route: 'packages/reports/rules/index', roles: ['office', 'secretary', 'leader'] },
];

const rendered = new Map<string, RenderedPage>();

async function open(route: string, role: Role, query: Record<string, string> = {}): Promise<RenderedPage> {
  const phone = new Phone(cloud, openidOf(PERSON[role]));
  phone.launch();
  return phone.open(route, query);
}

beforeAll(async () => {
  cloud = await startLocalCloud();
  world = await arrange();
}, 120_000);

afterAll(async () => {
  await cloud.close();
});

test('the harness covers every page of the built app.json', () => {
  const appJson = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8')) as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
  const routes = [...appJson.pages, ...appJson.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`))];
  expect(PAGES.map((page) => page.route).sort()).toEqual(routes.sort());
});

describe.each(PAGES.flatMap((page) => page.roles.map((role) => [page.route, role] as const)))('%s as %s', (route, role) => {
  test('renders text, with no exception, no unknown wx API, no WXML warning and no refused call', async () => {
    const page = PAGES.find((candidate) => candidate.route === route) as PageCase;
    const result = await open(route, role, page.query?.(world, role));
    rendered.set(`${route} ${role}`, result);
    expect(result.exceptions).toEqual([]);
    expect(result.unknownApis).toEqual([]);
    expect(result.wxmlWarnings).toEqual([]);
    const refused = result.calls.filter((call) => !call.ok && !(role === 'leader' && page.refused?.includes(call.action)));
    expect(refused).toEqual([]);
    // Not empty, and not still loading: the page a person would read once it has its data.
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.text).not.toContain('加载中…');
  });
});

describe('what a person reads', () => {
  test("我的事项 lists the cadre's items, each with a deadline badge whose colour matches what it says", async () => {
    const page = await open('pages/tasks/index', 'cadre');
    expect(page.text).toContain(ITEM);
    expect(page.text).toContain('意识形态工作责任制落实不够到位');
    const badges = page.elements('zg-deadline');
    expect(badges.length).toBeGreaterThanOrEqual(2);
    for (const badge of badges) {
      const colour = badge.classes.find((name) => name.startsWith('zg-deadline--'));
      expect(colour).toBeDefined();
      expect(badge.text.includes('逾期')).toBe(colour === 'zg-deadline--red');
    }
  });

  test('an item page shows its measures', async () => {
    const page = await open('packages/tasks/detail/index', 'cadre', { id: world.taskId });
    expect(page.text).toContain(ITEM);
    expect(world.measures.length).toBeGreaterThan(0);
    const text = page.text.join('\n');
    for (const measure of world.measures) expect(text).toContain(measure);
  });

  test('the 约谈 sign page shows the record and a canvas to sign on', async () => {
    const page = await open('packages/interviews/sign/index', 'cadre', { id: world.signingId, slot: world.subjectSlot });
    expect(page.text.join('\n')).toContain(FULL_RECORD.content);
    expect(page.tags.get('wx-canvas')).toBe(1);
  });

  test('WeChat holding a privacy call: the page says what and why; 同意 lets the call go on, 暂不同意 explains and the next tap asks again', async () => {
    const phone = new Phone(cloud, openidOf(PERSON.office));
    phone.launch();
    const before = await phone.open('packages/plans/import/index');
    expect(before.text.join('\n')).not.toContain('隐私保护指引');

    const agreed = await phone.needPrivacy('chooseMessageFile');
    const asking = phone.render().text.join('\n');
    expect(asking).toContain('使用前请阅读隐私保护指引');
    expect(asking).toContain('你从微信聊天中选中的文件');
    await phone.trigger('同意并继续', 'agreeprivacyauthorization');
    expect(agreed).toEqual([{ event: 'agree', buttonId: 'zg-privacy-agree' }]);
    expect(phone.render().text.join('\n')).not.toContain('使用前请阅读隐私保护指引');

    const declined = await phone.needPrivacy('getClipboardData');
    expect(phone.render().text.join('\n')).toContain('剪切板');
    await phone.trigger('暂不同意', 'tap');
    expect(declined).toEqual([{ event: 'disagree' }]);
    expect(phone.toasts).toContain('未同意，暂不能使用此功能；再次点击可重新选择');
    expect(phone.render().text.join('\n')).not.toContain('使用前请阅读隐私保护指引');

    await phone.needPrivacy('getClipboardData');
    expect(phone.render().text.join('\n')).toContain('使用前请阅读隐私保护指引');
    expect(phone.render().exceptions).toEqual([]);
  });

  test('统计 shows the figures', async () => {
    const page = await open('pages/stats/index', 'secretary');
    const text = page.text.join('\n');
    for (const label of ['整改完成率', '整改问题总数', '已完成整改', '正在整改', '尚未启动', '超期未完成', '按责任部门', '按责任领导']) expect(text).toContain(label);
  });
});
