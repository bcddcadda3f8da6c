import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { DashboardSummaryOutput } from '../../core/actions/dashboard';
import { current, screenshot } from './support/app';
import { appUrl, callAs, phoneOf } from './support/people';
import { fullPageScreenshot } from './support/screens';
import { browserSuite } from './support/suite';

// The demo unit: 李卫东 leads four items of the demo plan, one of them overdue; 陈晓燕 is the office.
const LEADER = '李卫东';
const OFFICE = '陈晓燕';
const CADRE = '刘洋';

/** The whole page by default (Taro's H5 pages scroll inside their own container), else the screen as it is. */
async function shot(page: Page, name: string, full = true): Promise<void> {
  if (full) await fullPageScreenshot(page, name);
  else await screenshot(page, name);
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('统计: a leader sees their figures and opens an overdue item; the office exports and runs the 公示', () => {
  const suite = browserSuite({
    arrange: async ({ app }) => {
      // Some progress this month, so the trend has something to draw.
      const { items } = await callAs(app, CADRE, 'tasks.list', {});
      for (const item of items.slice(0, 2)) await callAs(app, CADRE, 'tasks.addProgress', { taskId: item.id, text: '本月已完成阶段性整改任务，相关制度正在修订。' });
    },
  });

  it('shows a leader the figures the API computes for them, their own items first, and opens an overdue item', async () => {
    const expected: DashboardSummaryOutput = await callAs(suite.app, LEADER, 'dashboard.summary', { filter: {} });
    expect(expected.overdue.length).toBeGreaterThan(0);
    const page = await phoneOf(suite.browser, suite.app, LEADER);
    await page.goto(appUrl(suite.app, 'pages/stats/index'));
    const summary = current(page).locator('.zg-dash-summary');
    await summary.waitFor();
    await page.waitForTimeout(500);

    const values = (await summary.locator('.zg-dash-summary__value').allInnerTexts()).map(squash);
    expect(values).toEqual([expected.totals.total, expected.totals.done, expected.totals.inProgress, expected.totals.notStarted, expected.totals.overdue].map(String));
    expect(squash(await summary.locator('.zg-dash-summary__rate').innerText())).toBe(`${expected.totals.rate}%`);
    const colours = (await current(page).locator('.zg-dash-colours__count').allInnerTexts()).map(squash);
    expect(colours).toEqual([expected.byColour.green, expected.byColour.yellow, expected.byColour.red, expected.byColour.none].map(String));
    // Each 方面 row prints its numbers next to its bar.
    const aspectRows = current(page).locator('.zg-dash-row');
    for (const row of expected.byAspect) {
      const shown = aspectRows.filter({ hasText: row.label }).first();
      expect(squash(await shown.locator('.zg-dash-row__caption').innerText())).toBe(squash(`共${row.total}项 · 已完成整改${row.done} · 正在整改${row.inProgress} · 尚未启动${row.notStarted} · 超期未完成${row.overdue}`));
    }
    // The leader's own row leads the 责任领导 list.
    expect(expected.byLeader[0]?.label).toBe(LEADER);
    const overdueRows = current(page).locator('.zg-dash-overdue__row');
    expect((await overdueRows.locator('.zg-dash-overdue__title').allInnerTexts()).map(squash)).toEqual(expected.overdue.map((item) => squash(`${item.mine ? '我负责' : ''}${item.title}`)));
    await shot(page, 'dashboard-leader');
    await shot(page, 'dashboard-leader-first-screen', false);
    // The end of the page, as the phone scrolls to it: the last links clear of the tab bar.
    await page.evaluate(() => {
      const pages = document.querySelectorAll('.taro_page_show');
      const scroller = pages[pages.length - 1];
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.waitForTimeout(300);
    await shot(page, 'dashboard-leader-end', false);
    await page.evaluate(() => {
      const pages = document.querySelectorAll('.taro_page_show');
      const scroller = pages[pages.length - 1];
      if (scroller) scroller.scrollTop = 0;
      window.scrollTo(0, 0);
    });

    const first = expected.overdue[0]!;
    await overdueRows.first().click();
    await current(page).locator('.zg-task-head', { hasText: first.title }).waitFor();
    expect(page.url()).toContain(`packages/tasks/detail/index?id=${first.id}`);
    await page.waitForTimeout(500);
    await shot(page, 'dashboard-leader-opened-overdue', false);
  });

  it('lets the office filter the figures, export the 台账 of what is shown and draft the monthly report', async () => {
    const page = await phoneOf(suite.browser, suite.app, OFFICE);
    await page.goto(appUrl(suite.app, 'pages/stats/index'));
    await current(page).locator('.zg-dash-summary').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'dashboard-office');
    const all: DashboardSummaryOutput = await callAs(suite.app, OFFICE, 'dashboard.summary', { filter: {} });
    expect(squash(await current(page).locator('.zg-dash-summary__value').first().innerText())).toBe(String(all.totals.total));

    // The red tile narrows every figure to overdue items.
    await current(page).locator('.zg-dash-colours__tile--red').click();
    await current(page).locator('.zg-dash-filters__clear').waitFor();
    await current(page).locator('.zg-dash-summary__value', { hasText: new RegExp(`^${all.totals.overdue + all.totals.consolidationOverdue}$`) }).first().waitFor();

    await current(page).locator('.zg-cell', { hasText: '导出整改台账' }).click();
    await current(page).locator('.zg-export__block').first().waitFor();
    await current(page).getByText('范围：全部事项（逾期事项）').waitFor();
    await current(page).locator('taro-button-core', { hasText: '导出台账' }).click();
    const link = current(page).locator('.zg-export-status__link').first();
    await link.waitFor({ timeout: 30000 });
    const url = await link.getAttribute('href');
    const workbook = new ExcelJS.Workbook();
    // The link is the dev server's named download, for this session.
    await workbook.xlsx.load((await (await page.request.get(new URL(url as string, suite.app.devServer.url).toString())).body()) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('整改台账')?.rowCount).toBe(3 + all.totals.overdue + all.totals.consolidationOverdue);

    await current(page).locator('taro-button-core', { hasText: '生成报告' }).click();
    await current(page).locator('.zg-export-status__link', { hasText: '整改进展情况报告' }).waitFor({ timeout: 30000 });
    await page.waitForTimeout(300);
    await shot(page, 'exports-office');
  });

  it('shows the 公示 page; the office keeps an item out of it, and a cadre no longer sees it', async () => {
    const page = await phoneOf(suite.browser, suite.app, OFFICE);
    await page.goto(appUrl(suite.app, 'packages/reports/notice/index'));
    await current(page).locator('.zg-notice-row').first().waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'notice-office');
    const notice = await callAs(suite.app, OFFICE, 'dashboard.publicNotice', {});
    const hidden = notice.items[1]!;
    await current(page).locator('.zg-notice-row', { hasText: hidden.title }).locator('.zg-notice-row__switch').click();
    await page.locator('.taro__modal__confirm, .taro-modal__foot .taro-modal__btn-primary, [class*="modal"] >> text=不公示').last().click();
    await current(page).locator('.zg-notice-group', { hasText: '不公示的事项（1）' }).locator('.zg-notice-row', { hasText: hidden.title }).waitFor();

    const cadre = await phoneOf(suite.browser, suite.app, CADRE);
    await cadre.goto(appUrl(suite.app, 'packages/reports/notice/index'));
    await current(cadre).locator('.zg-notice-row').first().waitFor();
    await cadre.waitForTimeout(400);
    await expect(current(cadre).locator('.zg-notice-row', { hasText: hidden.title }).count()).resolves.toBe(0);
    await expect(current(cadre).locator('.zg-notice-row').count()).resolves.toBe(notice.items.length - 1);
    await expect(current(cadre).locator('.zg-notice-row__switch').count()).resolves.toBe(0);
    await shot(cadre, 'notice-cadre');
  });
});
