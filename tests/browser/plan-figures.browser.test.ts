import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import type { ImportPlanInput } from '../../core/actions/plans';
import type { DashboardSummaryOutput } from '../../core/actions/dashboard';
import { FIGURE_LABELS } from '../../core/figures/figures';
import { current, launchBrowser, openPhone, screenshot, startTestApp } from './support/app';
import { appUrl, callAs, loginAs, openidOf } from './support/people';

const OFFICE = '陈晓燕';
const AUDIT_TITLE = '关于县审计局审计发现问题的整改方案';

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

describe('two plans: 统计 shows the chosen plan’s figures, and the 台账 of one plan is that plan’s', () => {
  let app: LocalApp;
  let browser: Browser;
  let auditPlanId: string;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
    const { departments } = await callAs(app, OFFICE, 'roster.listDepartments', {});
    const { members } = await callAs(app, OFFICE, 'roster.listMembers', {});
    const department = departments.find((candidate) => candidate.name === '总编室');
    const leader = members.find((candidate) => candidate.name === '李卫东');
    if (!department || !leader) throw new Error('the demo unit lacks 总编室 or 李卫东');
    ({ planId: auditPlanId } = await callAs(app, OFFICE, 'plans.import', auditPlan(department.id, leader.id)));
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('switching plans on 统计 changes every figure to that plan’s, and the 台账 follows the plan', async () => {
    const { plans } = await callAs(app, OFFICE, 'plans.list', {});
    expect(plans).toHaveLength(2);
    const everything: DashboardSummaryOutput = await callAs(app, OFFICE, 'dashboard.summary', { filter: {} });
    const audit: DashboardSummaryOutput = await callAs(app, OFFICE, 'dashboard.summary', { filter: { planId: auditPlanId } });
    expect(audit.totals).toMatchObject({ total: 3, done: 0, notStarted: 3, overdue: 1 });
    // The audit plan's figures are not everything's, so the switch shows on screen.
    expect(expectedFigures(audit)[0]).not.toBe(expectedFigures(everything)[0]);

    const page = await openPhone(browser);
    await page.setViewportSize({ width: 375, height: 812 });
    await loginAs(page, app, OFFICE);
    await page.goto(appUrl(app, 'pages/stats/index'));
    await current(page).locator('.zg-dash-summary').waitFor();
    await page.waitForTimeout(500);
    expect(await shownFigures(page)).toEqual(expectedFigures(everything));
    expect((await current(page).locator('.zg-dash-summary__label').allInnerTexts()).map(squash)).toEqual([FIGURE_LABELS.total, FIGURE_LABELS.done, FIGURE_LABELS.inProgress, FIGURE_LABELS.notStarted, FIGURE_LABELS.overdue]);
    await screenshot(page, 'plan-figures-all');

    // plans.list answers in import order: the audit plan is the second row under 全部整改任务.
    const auditRow = plans.findIndex((plan) => plan.id === auditPlanId) + 1;
    await pickRow(page, current(page).locator('.zg-dash-filters .zg-filter__picker').first(), auditRow);
    await current(page).locator('.zg-dash-filters .zg-filter__item--on', { hasText: AUDIT_TITLE.slice(0, 4) }).waitFor();
    await current(page).locator('.zg-dash-summary__value').first().filter({ hasText: /^3$/ }).waitFor();
    await page.waitForTimeout(300);
    expect(await shownFigures(page)).toEqual(expectedFigures(audit));
    const aspects = (await current(page).locator('.zg-dash-row__label').allInnerTexts()).map(squash);
    expect(aspects).toEqual(expect.arrayContaining(['（一）财务管理方面', '（二）项目管理方面']));
    await screenshot(page, 'plan-figures-audit');

    // 超期未完成 opens the list of the one overdue audit item.
    await current(page).locator('.zg-dash-summary__figure', { hasText: FIGURE_LABELS.overdue }).click();
    await current(page).locator('.zg-task-list').waitFor();
    await page.waitForTimeout(500);
    expect((await current(page).locator('.zg-task-list').innerText())).toContain('公务接待费用超标准列支');
    await screenshot(page, 'plan-figures-overdue-list');

    // The 台账 of the audit plan: its own title, its items in plan order with the plan's 问题 numbers.
    const exported = (await app.emulator.invokeFunction('exports', { action: 'exports.ledger', input: { filter: { planId: auditPlanId } } }, { OPENID: openidOf(OFFICE), SOURCE: 'wx_client' })) as {
      ok: boolean;
      data: { url: string };
    };
    expect(exported.ok).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await fetch(exported.data.url)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('整改台账');
    expect(sheet?.getCell('A1').text).toBe(`${AUDIT_TITLE}整改台账`);
    expect(sheet?.getCell('A2').text).toContain('共3项。其中，已完成整改0个，正在整改0个，尚未启动3个，整改完成率0%；超期未完成1个');
    expect([4, 5, 6].map((row) => sheet?.getCell(`C${row}`).text)).toEqual(['问题1：公务接待费用超标准列支', '问题2：固定资产账实不符', '问题3：项目验收资料不全']);
  }, 120000);
});
