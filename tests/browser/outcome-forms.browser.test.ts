import type { Browser, Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { current, launchBrowser, screenshot, startTestApp, tap } from './support/app';
import { appUrl, callAs, phoneOf } from './support/people';

// The demo's 总编室 item (owner 赵磊, 责任领导 李卫东) already has confirmed outcomes and a 举一反三 item.
const OWNER = '赵磊';
const LEADER = '李卫东';
const OFFICE = '陈晓燕';

async function openItem(page: Page, app: LocalApp, taskId: string): Promise<void> {
  await page.goto(appUrl(app, `packages/tasks/detail/index?id=${taskId}`));
  await current(page).getByText('整改成果').waitFor();
}

describe('整改成果 on the item page: the owner records with a 进展, the 责任领导 confirms, 统计 counts it', () => {
  let app: LocalApp;
  let browser: Browser;
  let parentId: string;
  let childId: string;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchBrowser();
    const { outcomes } = await callAs(app, OFFICE, 'outcomes.list', { planId: null, kind: 'followUp' });
    const followUp = outcomes[0];
    if (followUp?.kind !== 'followUp' || !followUp.child) throw new Error('the demo has no 举一反三 item');
    parentId = followUp.taskId;
    childId = followUp.child.taskId;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('links the item and its 举一反三 item both ways', async () => {
    const owner = await phoneOf(browser, app, OWNER);
    await openItem(owner, app, parentId);
    await current(owner).getByText('举一反三事项（1）').waitFor();
    await screenshot(owner, 'outcomes-item-owner');
    await current(owner).getByText('下属新媒体账号同样存在审核流程缺失').last().click();
    await current(owner).getByText('举一反三，源自').waitFor();
    expect(owner.url()).toContain(childId);
    await screenshot(owner, 'outcomes-follow-up-item');
  });

  it('the owner records money recovered with the latest 进展; it counts once the 责任领导 confirms it', async () => {
    const owner = await phoneOf(browser, app, OWNER);
    await openItem(owner, app, parentId);
    await tap(owner, '记录整改成果');
    await current(owner).getByText('成果类别').waitFor();
    await tap(owner, '资金');
    await current(owner).getByPlaceholder('如 12345.67').fill('500.5');
    await screenshot(owner, 'outcomes-form-funds');
    await tap(owner, '提交成果');
    await current(owner).getByText('追缴资金500.50元', { exact: false }).waitFor();
    await current(owner).locator('.zg-outcome__row', { hasText: '追缴资金500.50元' }).getByText('待确认').waitFor();

    const leader = await phoneOf(browser, app, LEADER);
    await openItem(leader, app, parentId);
    const row = current(leader).locator('.zg-outcome__row', { hasText: '追缴资金500.50元' });
    await screenshot(leader, 'outcomes-item-leader');
    await row.getByText('确认', { exact: true }).click();
    await row.getByText('已确认').waitFor();

    const office = await phoneOf(browser, app, OFFICE);
    await office.goto(appUrl(app, 'pages/stats/index'));
    await current(office).getByText('追缴、退还资金3.74万元').waitFor();
  });
});
