import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import type { ImportPlanInput } from '../../core/actions/plans';
import type { DashboardSummaryOutput } from '../../core/actions/dashboard';
import { FIGURE_LABELS } from '../../core/figures/figures';
import { current, openPhone, screenshot } from './support/app';
import { appUrl, callAs, loginAs, openidOf } from './support/people';
import { uploadEvidence } from '../support/task-fixture';
import { browserSuite } from './support/suite';

const OFFICE = '陈晓燕';
const OWNER = '赵磊';
const LEADER = '李卫东';
const SECRETARY = '张建国';
const AUDIT_TITLE = '关于县审计局审计发现问题的整改方案';
const AUDIT_SOURCE = '县审计局审计报告（2026年8月）';

const squash = (text: string) => text.replace(/\s+/g, '');

/** A second source beside the demo plan: three audit findings in two 方面, one of them long overdue. */
function auditPlan(departmentId: string, leaderId: string): ImportPlanInput {
  const problem = (number: string, title: string, date: string) => ({
    number,
    title,
    manifestations: [`${title}的具体表现`],
    measures: ['逐项整改并建立长效机制'],
    target: '整改到位',
    leader: '李卫东',
    departments: ['总编室'],
    deadline: { immediate: false, longTerm: false, months: null, date, text: null },
  });
  return {
    title: AUDIT_TITLE,
    planDate: '2026-09-01',
    kind: 'audit',
    source: AUDIT_SOURCE,
    aspects: [
      { title: '（一）财务管理方面', problems: [problem('问题1', '公务接待费用超标准列支', '2026-01-15'), problem('问题2', '固定资产账实不符', '2027-06-30')] },
      { title: '（二）项目管理方面', problems: [problem('问题3', '项目验收资料不全', '2027-03-31')] },
    ],
    departments: { 总编室: { kind: 'department', departmentId } },
    leaders: { 李卫东: { kind: 'member', memberId: leaderId } },
  };
}

/** The five numbers under the ring, in order. */
async function shownFigures(page: Page): Promise<string[]> {
  return (await current(page).locator('.zg-dash-summary__value').allInnerTexts()).map(squash);
}

const expectedFigures = (summary: DashboardSummaryOutput) => [summary.totals.total, summary.totals.done, summary.totals.inProgress, summary.totals.notStarted, summary.totals.overdue].map(String);

/** Taro's WeUI picker on H5: a tap `rows` rows below the selected one moves the choice there; 确定 takes it. */
async function pickRow(page: Page, opener: Locator, rows: number): Promise<void> {
  await opener.click();
  const column = page.locator('.weui-picker__group:visible').first();
  await column.waitFor();
  await page.waitForTimeout(400); // the sheet slides up
  const box = await column.boundingBox();
  if (!box) throw new Error('the picker did not open');
  for (let row = 0; row < rows; row += 1) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 34);
    await page.waitForTimeout(300);
  }
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click();
}

describe('two plans: 统计 shows the chosen plan’s figures, the 台账 of one plan is that plan’s, several plans get a 方案 column', () => {
  let auditPlanId: string;
  const suite = browserSuite({
    arrange: async ({ app }) => {
      const { departments } = await callAs(app, OFFICE, 'roster.listDepartments', {});
      const { members } = await callAs(app, OFFICE, 'roster.listMembers', {});
      const department = departments.find((candidate) => candidate.name === '总编室');
      const leader = members.find((candidate) => candidate.name === '李卫东');
      if (!department || !leader) throw new Error('the demo unit lacks 总编室 or 李卫东');
      ({ planId: auditPlanId } = await callAs(app, OFFICE, 'plans.import', auditPlan(department.id, leader.id)));
      // 问题2 is signed off, so the audit plan has a 已完成整改 the demo plan lacks: every figure differs between the plans.
      const { items } = await callAs(app, OWNER, 'tasks.list', { filter: { planId: auditPlanId } });
      const assets = items.find((item) => item.title === '固定资产账实不符');
      if (!assets) throw new Error(`${OWNER} does not see 固定资产账实不符`);
      let view = await callAs(app, OWNER, 'tasks.get', { taskId: assets.id });
      for (const measure of view.task.measures) view = await callAs(app, OWNER, 'tasks.markMeasure', { taskId: assets.id, measureId: measure.id, done: true });
      const proof = await uploadEvidence(app.emulator, assets.id, '盘点表.pdf');
      view = await callAs(app, OWNER, 'closure.apply', { taskId: assets.id, version: view.task.version, summary: '已完成资产清查盘点，账实相符', fileIDs: [proof] });
      view = await callAs(app, LEADER, 'closure.review', { taskId: assets.id, version: view.task.version, decision: 'pass', opinion: '同意' });
      await callAs(app, SECRETARY, 'closure.signOff', { taskId: assets.id, version: view.task.version, decision: 'pass', opinion: '' });
    },
    timeoutMs: 120000,
  });

  /** The workbook of one 台账 export, as a clerk opens it. */
  async function ledgerOf(filter: Record<string, unknown>): Promise<ExcelJS.Worksheet> {
    const exported = (await suite.app.emulator.invokeFunction('exports', { action: 'exports.ledger', input: { filter } }, { OPENID: openidOf(OFFICE), SOURCE: 'wx_client' })) as { ok: boolean; data: { url: string } };
    expect(exported.ok).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(exported.data.url)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('整改台账');
    if (!sheet) throw new Error('no sheet 整改台账');
    return sheet;
  }

  it('统计 opens on the current plan; switching to 全部整改任务 and to the other plan changes every figure; the 台账 follows the plan', async () => {
    const { plans, currentPlanId } = await callAs(suite.app, OFFICE, 'plans.list', {});
    expect(plans).toHaveLength(2);
    // The newest import is current until the office chooses.
    expect(currentPlanId).toBe(auditPlanId);
    const demoPlan = plans.find((plan) => plan.id !== auditPlanId);
    if (!demoPlan) throw new Error('no demo plan');
    expect(demoPlan).toMatchObject({ kind: 'xuncha', source: '县委第二巡察组反馈意见' });
    const audit: DashboardSummaryOutput = await callAs(suite.app, OFFICE, 'dashboard.summary', { filter: {} });
    const everything: DashboardSummaryOutput = await callAs(suite.app, OFFICE, 'dashboard.summary', { filter: { planId: 'all' } });
    const demo: DashboardSummaryOutput = await callAs(suite.app, OFFICE, 'dashboard.summary', { filter: { planId: demoPlan.id } });
    expect(audit.totals).toMatchObject({ total: 3, done: 1, notStarted: 2, overdue: 1 });
    // Switching between the two plans changes every figure.
    expectedFigures(audit).forEach((figure, index) => expect(figure).not.toBe(expectedFigures(demo)[index]));
    // The scopes the test switches through differ in their totals at least, so each switch shows on screen.
    expect(new Set([audit, everything, demo].map((summary) => summary.totals.total)).size).toBe(3);

    const page = await openPhone(suite.browser);
    await page.setViewportSize({ width: 375, height: 812 });
    await loginAs(page, suite.app, OFFICE);
    await page.goto(appUrl(suite.app, 'pages/stats/index'));
    await current(page).locator('.zg-dash-summary').waitFor();
    await page.waitForTimeout(500);
    expect(await shownFigures(page)).toEqual(expectedFigures(audit));
    expect((await current(page).locator('.zg-dash-summary__label').allInnerTexts()).map(squash)).toEqual([FIGURE_LABELS.total, FIGURE_LABELS.done, FIGURE_LABELS.inProgress, FIGURE_LABELS.notStarted, FIGURE_LABELS.overdue]);
    const planPicker = current(page).locator('.zg-dash-filters .zg-filter__picker').first();
    expect(squash(await planPicker.innerText())).toContain('当前：审计·');
    const aspects = (await current(page).locator('.zg-dash-row__label').allInnerTexts()).map(squash);
    expect(aspects).toEqual(expect.arrayContaining(['（一）财务管理方面', '（二）项目管理方面']));
    await screenshot(page, 'plan-figures-current');

    // Row 1 under the current plan: 全部整改任务. 按方面 then names each 方面's plan.
    await pickRow(page, planPicker, 1);
    await current(page).locator('.zg-dash-filters .zg-filter__item--on', { hasText: '全部整改任务' }).waitFor();
    await current(page).locator('.zg-dash-summary__value').first().filter({ hasText: new RegExp(`^${everything.totals.total}$`) }).waitFor();
    await page.waitForTimeout(300);
    expect(await shownFigures(page)).toEqual(expectedFigures(everything));
    const planLabels = new Set((await current(page).locator('.zg-dash-row__plan').allInnerTexts()).map(squash));
    expect(planLabels).toEqual(new Set([squash(demoPlan.title), squash(AUDIT_TITLE)]));
    await current(page).locator('.zg-dash-row__plan').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-figures-all-aspects');

    // Row 2: the demo plan.
    await pickRow(page, planPicker, 1);
    await current(page).locator('.zg-dash-summary__value').first().filter({ hasText: new RegExp(`^${demo.totals.total}$`) }).waitFor();
    await page.waitForTimeout(300);
    expect(await shownFigures(page)).toEqual(expectedFigures(demo));

    // Back to the current plan by clearing; 超期未完成 opens the list of the one overdue audit item.
    await current(page).locator('.zg-dash-filters__clear').click();
    await current(page).locator('.zg-dash-summary__value').first().filter({ hasText: /^3$/ }).waitFor();
    await current(page).locator('.zg-dash-summary__figure', { hasText: FIGURE_LABELS.overdue }).click();
    await current(page).locator('.zg-task-list').waitFor();
    await page.waitForTimeout(500);
    expect(await current(page).locator('.zg-task-list').innerText()).toContain('公务接待费用超标准列支');
    await screenshot(page, 'plan-figures-overdue-list');

    // The 台账 of the audit plan: its own title, kind and source, its items in plan order with the plan's 问题 numbers.
    const sheet = await ledgerOf({ planId: auditPlanId });
    expect(sheet.getCell('A1').text).toBe(`${AUDIT_TITLE}整改台账`);
    expect(sheet.getCell('A2').text).toContain(`审计·${AUDIT_SOURCE}`);
    expect(sheet.getCell('A2').text).toContain('共3项。其中，已完成整改1个，正在整改0个，尚未启动2个，整改完成率33.3%；超期未完成1个');
    expect([4, 5, 6].map((row) => sheet.getCell(`C${row}`).text)).toEqual(['问题1：公务接待费用超标准列支', '问题2：固定资产账实不符', '问题3：项目验收资料不全']);

    // 全部整改任务: one 台账 with a 方案 column, the demo plan's rows first (imported first), each plan in its own order.
    const mixed = await ledgerOf({ planId: 'all' });
    expect(mixed.getCell('A1').text).toBe('青山县融媒体中心整改台账（2个整改方案）');
    expect(mixed.getCell('B3').text).toBe('方案');
    const rows = Array.from({ length: everything.totals.total }, (_, index) => 4 + index);
    const planColumn = rows.map((row) => mixed.getCell(`B${row}`).text);
    const firstAudit = planColumn.indexOf(AUDIT_TITLE);
    expect(planColumn.slice(0, firstAudit).every((title) => title === demoPlan.title)).toBe(true);
    expect(planColumn.slice(firstAudit)).toEqual([AUDIT_TITLE, AUDIT_TITLE, AUDIT_TITLE]);
    expect(rows.slice(firstAudit).map((row) => mixed.getCell(`D${row}`).text)).toEqual(['问题1：公务接待费用超标准列支', '问题2：固定资产账实不符', '问题3：项目验收资料不全']);
  }, 180000);

  it('shows kinds, sources, the current plan and archiving on the plan pages, and the plan choice on the export and 公示 pages', async () => {
    const page = await openPhone(suite.browser);
    await page.setViewportSize({ width: 375, height: 812 });
    await loginAs(page, suite.app, OFFICE);
    await page.goto(appUrl(suite.app, 'packages/plans/list/index'));
    await current(page).locator('.zg-plan-cell').first().waitFor();
    const cells = (await current(page).locator('.zg-plan-cell').allInnerTexts()).map(squash);
    expect(cells[0]).toContain(`审计当前方案${squash(AUDIT_TITLE)}${squash(AUDIT_SOURCE)}`);
    expect(cells[1]).toContain('巡察');
    await screenshot(page, 'plan-list');

    await page.goto(appUrl(suite.app, `packages/plans/detail/index?id=${auditPlanId}`));
    await current(page).locator('.zg-plan-office').waitFor();
    expect(squash(await current(page).locator('.zg-plan-head').innerText())).toContain(`反馈来源${squash(AUDIT_SOURCE)}`);
    await current(page).locator('.zg-plan-office__button', { hasText: '修改类别与来源' }).click();
    await current(page).locator('.zg-plan-sheet').waitFor();
    await screenshot(page, 'plan-detail-edit');
    await current(page).locator('.zg-plan-sheet .zg-chips__chip', { hasText: '督查' }).click();
    await current(page).locator('.zg-plan-sheet__save').click();
    await current(page).locator('.zg-plan-sheet').waitFor({ state: 'detached' });
    await current(page).locator('.zg-plan-head .zg-tag', { hasText: '督查' }).waitFor();
    await screenshot(page, 'plan-detail');

    // Archive it: the confirm dialog, then it shows 已归档 and leaves 全部整改任务.
    await current(page).locator('.zg-plan-office__button', { hasText: '归档方案' }).click();
    const dialog = page.locator('.taro__modal');
    await dialog.getByText('归档该方案？').waitFor();
    await dialog.getByText('归档', { exact: true }).click();
    await current(page).locator('.zg-plan-head .zg-tag', { hasText: '已归档' }).waitFor();
    const after: DashboardSummaryOutput = await callAs(suite.app, OFFICE, 'dashboard.summary', { filter: { planId: 'all' } });
    expect(after.plans.map((plan) => plan.id)).not.toContain(auditPlanId);
    await page.goto(appUrl(suite.app, 'packages/plans/list/index'));
    await current(page).locator('.zg-plan-cell').first().waitFor();
    await screenshot(page, 'plan-list-archived');
    await callAs(suite.app, OFFICE, 'plans.archive', { planId: auditPlanId, archived: false });

    await page.goto(appUrl(suite.app, 'packages/reports/exports/index'));
    await current(page).locator('.zg-plan-scope').waitFor();
    expect(squash(await current(page).locator('.zg-plan-scope').innerText())).toContain('整改方案当前：');
    await screenshot(page, 'exports-plan-choice');

    await page.goto(appUrl(suite.app, 'packages/reports/notice/index'));
    await current(page).locator('.zg-notice-head').waitFor();
    expect(squash(await current(page).locator('.zg-notice-head').innerText())).toContain(`整改依据：${squash(currentTitleOf(await callAs(suite.app, OFFICE, 'plans.list', {})))}`);
    await screenshot(page, 'notice-plan-choice');
  }, 180000);
});

/** The current plan's title: the 公示 page opens on it. */
function currentTitleOf(list: { plans: { title: string; current: boolean }[] }): string {
  return list.plans.find((plan) => plan.current)?.title ?? '';
}
