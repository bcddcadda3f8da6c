import ExcelJS from 'exceljs';
import type { Emulator } from '../../emulator';
import { monthOf } from '../../core/dashboard/months';
import { LEDGER_HEADER_ROW } from '../../server/exports/ledger-xlsx';
import { callApi, callExports, collectionSnapshot, expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { importItems, setUpPeople, today } from '../support/task-fixture';
import type { ItemSpec, Unit } from '../support/task-fixture';
import { accept, fireTimer } from './reminders.support';
import { testNow } from '../support/test-clock';

const FIRST: ItemSpec[] = [
  { title: '资产管理不严格', leader: 'leader', departments: ['总编室'], due: -3 },
  { title: '项目资金结余未上缴财政', leader: 'leader2', departments: ['财务室'], due: 20 },
  { title: '财务核算不规范', leader: 'leader2', departments: ['财务室'], due: 2 },
];
const SECOND: ItemSpec[] = [
  { title: '学习制度落实不到位', leader: 'leader', departments: ['总编室'], due: 1 },
  { title: '支部标准化建设不规范', leader: 'leader', departments: ['总编室'], due: 60 },
];

let cloud: Emulator;
let unit: Unit;
let first: { planId: string; ids: string[] };
let second: { planId: string; ids: string[] };

beforeAll(async () => {
  cloud = await startLocalCloud();
});
beforeEach(async () => {
  await cloud.reset();
  unit = await setUpPeople(cloud);
  first = await importItems(cloud, unit, FIRST);
  second = await importItems(cloud, unit, SECOND);
});
afterAll(async () => {
  await cloud.close();
});

const listed = async (openid: string, planId?: string) => (await expectOk(cloud, openid, 'tasks.list', { filter: planId === undefined ? {} : { planId } })).items.map((item) => item.title.replace(/（.*）$/, ''));
const plans = async () => expectOk(cloud, OFFICE_OPENID, 'plans.list', {});
const titlesOf = (specs: ItemSpec[]) => specs.map((spec) => spec.title);

/** A call that must be refused with `code`, leaving plans and items exactly as they were. */
async function expectRefused(openid: string, action: 'plans.update' | 'plans.setCurrent' | 'plans.archive', input: unknown, code: string) {
  const before = await Promise.all([collectionSnapshot(cloud, 'plans'), collectionSnapshot(cloud, 'tasks'), collectionSnapshot(cloud, 'audit')]);
  const answer = await callApi(cloud, openid, action, input);
  expect(answer).toMatchObject({ ok: false, code });
  expect(await Promise.all([collectionSnapshot(cloud, 'plans'), collectionSnapshot(cloud, 'tasks'), collectionSnapshot(cloud, 'audit')])).toEqual(before);
}

describe('the current plan', () => {
  it('is the newest import until the office chooses: lists, 统计, 月报 and 公示 default to it; 全部整改任务 is explicit', async () => {
    const answer = await plans();
    expect(answer.currentPlanId).toBe(second.planId);
    expect(answer.plans.map((plan) => [plan.id, plan.current])).toEqual([
      [second.planId, true],
      [first.planId, false],
    ]);
    expect(await listed(OFFICE_OPENID)).toEqual(expect.arrayContaining(titlesOf(SECOND)));
    expect(await listed(OFFICE_OPENID)).toHaveLength(SECOND.length);
    expect(await listed(OFFICE_OPENID, 'all')).toHaveLength(FIRST.length + SECOND.length);

    const chosen = await expectOk(cloud, OFFICE_OPENID, 'plans.setCurrent', { planId: first.planId });
    expect(chosen.plan).toMatchObject({ id: first.planId, current: true });
    expect((await plans()).plans.filter((plan) => plan.current).map((plan) => plan.id)).toEqual([first.planId]);
    expect((await listed(OFFICE_OPENID)).sort()).toEqual(titlesOf(FIRST).sort());
    // A leader's list defaults to the current plan too, within what the leader sees.
    expect((await listed('o-leader')).sort()).toEqual(['资产管理不严格']);

    const summary = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', {});
    expect(summary).toMatchObject({ allPlans: false, plans: [{ id: first.planId, kindLabel: '巡察' }], totals: { total: FIRST.length, overdue: 1 } });
    const everything = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { planId: 'all' } });
    expect(everything).toMatchObject({ allPlans: true, totals: { total: FIRST.length + SECOND.length } });
    expect(everything.plans.map((plan) => plan.id)).toEqual([first.planId, second.planId]);

    const notice = await expectOk(cloud, 'o-cadre', 'dashboard.publicNotice', {});
    expect(notice.items.map((item) => item.title.replace(/（.*）$/, ''))).toEqual(titlesOf(FIRST));
    expect((await expectOk(cloud, 'o-cadre', 'dashboard.publicNotice', { planId: second.planId })).totals.total).toBe(SECOND.length);
    expect((await expectOk(cloud, 'o-cadre', 'dashboard.publicNotice', { planId: 'all' })).items).toHaveLength(FIRST.length + SECOND.length);

    const month = monthOf(testNow());
    const report = await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month });
    expect(report).toMatchObject({ ok: true, data: { figures: { total: FIRST.length } } });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month, planId: second.planId })).toMatchObject({ ok: true, data: { figures: { total: SECOND.length } } });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month, planId: 'all' })).toMatchObject({ ok: true, data: { figures: { total: FIRST.length + SECOND.length } } });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.publicNotice', { planId: second.planId })).toMatchObject({ ok: true, data: { items: SECOND.length } });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.situationReport', { asOf: today() })).toMatchObject({ ok: true, data: { items: { total: FIRST.length } } });
  });

  it('is the office’s to choose: not the secretary’s or a cadre’s, not an unknown or archived plan', async () => {
    await expectRefused('o-secretary', 'plans.setCurrent', { planId: first.planId }, 'FORBIDDEN');
    await expectRefused('o-cadre', 'plans.setCurrent', { planId: first.planId }, 'FORBIDDEN');
    await expectRefused(OFFICE_OPENID, 'plans.setCurrent', { planId: 'plan-unknown' }, 'PLAN_NOT_FOUND');
    await expectRefused(OFFICE_OPENID, 'plans.setCurrent', {}, 'VALIDATION_FAILED');
    await expectOk(cloud, OFFICE_OPENID, 'plans.archive', { planId: first.planId, archived: true });
    await expectRefused(OFFICE_OPENID, 'plans.setCurrent', { planId: first.planId }, 'PLAN_ARCHIVED');
    expect((await plans()).currentPlanId).toBe(second.planId);
  });
});

describe('kind and source line', () => {
  it('are set at import and corrected by the office; plans stored without them read as 其他 and empty', async () => {
    expect((await plans()).plans.every((plan) => plan.kind === 'xuncha' && plan.source === '')).toBe(true);
    const updated = await expectOk(cloud, OFFICE_OPENID, 'plans.update', { planId: first.planId, kind: 'audit', source: '县审计局审计报告（2026年9月）' });
    expect(updated.plan).toMatchObject({ kind: 'audit', source: '县审计局审计报告（2026年9月）' });
    const audit = (await collectionSnapshot(cloud, 'audit')) as { action: string; entityId: string }[];
    expect(audit.some((entry) => entry.action === 'plans.update' && entry.entityId === first.planId)).toBe(true);

    const db = sdkDatabase(cloud);
    await db.collection('plans').doc(second.planId).update({ data: { kind: db.command.remove(), source: db.command.remove() } });
    const old = (await plans()).plans.find((plan) => plan.id === second.planId);
    expect(old).toMatchObject({ kind: 'other', source: '' });
    expect(await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', {})).toMatchObject({ plans: [{ kindLabel: '其他', source: '' }] });
  });

  it('refuses a bad kind, a source too long, an unknown plan and anyone but the office, changing nothing', async () => {
    await expectRefused(OFFICE_OPENID, 'plans.update', { planId: first.planId, kind: '巡察', source: '' }, 'VALIDATION_FAILED');
    await expectRefused(OFFICE_OPENID, 'plans.update', { planId: first.planId, kind: 'audit', source: '长'.repeat(101) }, 'VALIDATION_FAILED');
    await expectRefused(OFFICE_OPENID, 'plans.update', { planId: 'plan-unknown', kind: 'audit', source: '' }, 'PLAN_NOT_FOUND');
    await expectRefused('o-secretary', 'plans.update', { planId: first.planId, kind: 'audit', source: '' }, 'FORBIDDEN');
    await expectRefused('o-leader', 'plans.update', { planId: first.planId, kind: 'audit', source: '' }, 'FORBIDDEN');
    const before = await collectionSnapshot(cloud, 'plans');
    const input = { ...(await importInputLike()), kind: 'nonsense' };
    expect(await callApi(cloud, OFFICE_OPENID, 'plans.import', input)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await collectionSnapshot(cloud, 'plans')).toEqual(before);
  });
});

/** A valid import of a third small plan, as the wizard sends it. */
async function importInputLike() {
  return {
    title: '审计发现问题整改清单',
    planDate: today(),
    kind: 'audit',
    source: '县审计局',
    aspects: [{ title: '一、财务管理方面', problems: [{ number: '1', title: '票据管理不规范', manifestations: [], measures: ['建立票据台账'], target: null, leader: null, departments: [], deadline: { immediate: true, longTerm: false, months: null, date: null, text: '立行立改' } }] }],
    departments: {},
    leaders: {},
  };
}

describe('archiving', () => {
  it('takes a finished plan out of 全部整改任务 and the reminders; its items stay readable and exportable; restoring brings it back', async () => {
    await expectOk(cloud, OFFICE_OPENID, 'plans.setCurrent', { planId: first.planId });
    const archived = await expectOk(cloud, OFFICE_OPENID, 'plans.archive', { planId: first.planId, archived: true });
    // Archiving the current plan hands "current" back to the newest plan not archived.
    expect(archived.plan).toMatchObject({ archived: true, current: false });
    expect((await plans()).currentPlanId).toBe(second.planId);

    // Figures: 全部整改任务 leaves the archived plan out; chosen by itself it is still counted and listed.
    expect(await listed(OFFICE_OPENID, 'all')).toHaveLength(SECOND.length);
    expect((await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { planId: 'all' } })).totals.total).toBe(SECOND.length);
    expect((await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { planId: first.planId } })).totals).toMatchObject({ total: FIRST.length, overdue: 1 });
    expect((await listed(OFFICE_OPENID, first.planId)).sort()).toEqual(titlesOf(FIRST).sort());
    expect(await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId: first.ids[0] })).toMatchObject({ task: { id: first.ids[0] } });
    const ledger = await callExports(cloud, OFFICE_OPENID, 'exports.ledger', { filter: { planId: first.planId } });
    expect(ledger).toMatchObject({ ok: true, data: { rows: FIRST.length } });

    // Nobody is reminded of its items: only the other plan's item due tomorrow reaches its owner.
    await accept(cloud, 'o-cadre', ['deadline'], 10);
    expect(await fireTimer(cloud, testNow().toISOString())).toMatchObject({ ok: true, data: { outcome: 'done' } });
    const remindedItems = cloud.outbox.list().map((message) => new URLSearchParams(message.page?.split('?')[1]).get('id'));
    expect(remindedItems).toContain(second.ids[0]);
    expect(remindedItems.some((id) => first.ids.includes(id as string))).toBe(false);

    const restored = await expectOk(cloud, OFFICE_OPENID, 'plans.archive', { planId: first.planId, archived: false });
    expect(restored.plan).toMatchObject({ archived: false, current: false });
    expect(await listed(OFFICE_OPENID, 'all')).toHaveLength(FIRST.length + SECOND.length);
  });

  it('is the office’s alone, of a plan that exists', async () => {
    await expectRefused('o-secretary', 'plans.archive', { planId: first.planId, archived: true }, 'FORBIDDEN');
    await expectRefused('o-cadre', 'plans.archive', { planId: first.planId, archived: true }, 'FORBIDDEN');
    await expectRefused(OFFICE_OPENID, 'plans.archive', { planId: 'plan-unknown', archived: true }, 'PLAN_NOT_FOUND');
    await expectRefused(OFFICE_OPENID, 'plans.archive', { planId: first.planId, archived: 'yes' }, 'VALIDATION_FAILED');
  });
});

describe('the 台账 of several plans', () => {
  it('has a 方案 column, rows in plan order per plan (plans in import order) and a title saying it covers several plans', async () => {
    const answer = await callExports(cloud, OFFICE_OPENID, 'exports.ledger', { filter: { planId: 'all' } });
    if (!answer.ok) throw new Error(answer.code);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(answer.data.url)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('整改台账') as ExcelJS.Worksheet;
    const cell = (row: number, column: number) => String(sheet.getRow(row).getCell(column).value ?? '');
    expect(cell(1, 1)).toBe('测试单位整改台账（2个整改方案）');
    expect([cell(LEDGER_HEADER_ROW, 1), cell(LEDGER_HEADER_ROW, 2), cell(LEDGER_HEADER_ROW, 3)]).toEqual(['序号', '方案', '方面']);
    const rows = Array.from({ length: FIRST.length + SECOND.length }, (_, index) => LEDGER_HEADER_ROW + 1 + index);
    const planTitles = (await plans()).plans;
    const titleOf = (planId: string) => planTitles.find((plan) => plan.id === planId)?.title;
    expect(rows.map((row) => cell(row, 2))).toEqual([...FIRST.map(() => titleOf(first.planId)), ...SECOND.map(() => titleOf(second.planId))]);
    expect(rows.map((row) => cell(row, 4).replace(/^问题\d+：/, '').replace(/（.*）$/, ''))).toEqual([...titlesOf(FIRST), ...titlesOf(SECOND)]);

    // One plan's 台账 has no 方案 column and its own title, with its kind.
    const one = await callExports(cloud, OFFICE_OPENID, 'exports.ledger', { filter: { planId: first.planId } });
    if (!one.ok) throw new Error(one.code);
    const single = new ExcelJS.Workbook();
    await single.xlsx.load((await (await fetch(one.data.url)).arrayBuffer()) as ArrayBuffer);
    const own = single.getWorksheet('整改台账') as ExcelJS.Worksheet;
    expect(String(own.getRow(1).getCell(1).value)).toBe(`${titleOf(first.planId)}整改台账`);
    expect(String(own.getRow(2).getCell(1).value)).toContain('巡察');
    expect(String(own.getRow(LEDGER_HEADER_ROW).getCell(2).value)).toBe('方面');
  });
});

describe('按方面 on 统计', () => {
  it('labels each 方面 with its plan, so two plans’ 方面 of the same title are told apart', async () => {
    const summary = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { planId: 'all' } });
    const planTitles = new Map((await plans()).plans.map((plan) => [plan.id, plan.title]));
    expect(summary.byAspect.map((row) => row.plan)).toEqual([planTitles.get(first.planId), planTitles.get(second.planId)]);
    expect(new Set(summary.byAspect.map((row) => row.label)).size).toBe(1);
  });
});
