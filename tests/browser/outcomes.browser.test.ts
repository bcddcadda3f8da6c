import type { Browser, Locator, Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { current, openPhone, screenshot } from './support/app';
import { appUrl, loginAs } from './support/people';
import { browserSuite } from './support/suite';

// The demo unit has outcomes of every kind: 问责 of 刘某 on 王秀兰's item, of 王某 on 李卫东's.
const OFFICE = '陈晓燕';
const LEADER = '李卫东';

async function openOutcomes(browser: Browser, app: LocalApp, name: string): Promise<Page> {
  const page = await openPhone(browser);
  await loginAs(page, app, name);
  await page.goto(appUrl(app, 'pages/stats/index'));
  await current(page).getByText('整改成效').waitFor();
  return page;
}

async function openLine(page: Page, label: string): Promise<Locator> {
  const row = current(page).locator('.zg-dash-row', { has: page.locator('.zg-dash-row__label', { hasText: new RegExp(`^${label}$`) }) });
  await row.click();
  await row.locator('.zg-dash-hint').first().waitFor();
  return row;
}

describe('统计 → 整改成效: the outcome figures open their lists; 问责 names follow confidentiality', () => {
  const suite = browserSuite();

  it('shows the office every line and the names of 问责', async () => {
    const page = await openOutcomes(suite.browser, suite.app, OFFICE);
    await current(page).getByText('制定及修改完善制度2项（新制定1项、修订完善1项）').waitFor();
    await current(page).getByText('追缴、退还资金3.69万元').waitFor();
    const rules = await openLine(page, '建章立制');
    await rules.getByText('《青山县融媒体中心差旅费管理办法》', { exact: false }).waitFor();
    const accountability = await openLine(page, '问责');
    await accountability.getByText('刘某：批评教育', { exact: false }).waitFor();
    await accountability.getByText('王某：提醒谈话', { exact: false }).waitFor();
    await accountability.scrollIntoViewIfNeeded();
    await screenshot(page, 'outcomes-office');
  });

  it('shows a leader the 问责 of their own items only', async () => {
    const page = await openOutcomes(suite.browser, suite.app, LEADER);
    const accountability = await openLine(page, '问责');
    await accountability.getByText('王某：提醒谈话', { exact: false }).waitFor();
    expect(await accountability.innerText()).not.toContain('刘某');
    await accountability.scrollIntoViewIfNeeded();
    await screenshot(page, 'outcomes-leader');
  });
});
