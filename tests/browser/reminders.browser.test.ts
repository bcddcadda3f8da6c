import type { Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { current, screenshot as saveScreenshot } from './support/app';
import { appUrl, callAs, openidOf, phoneOf } from './support/people';
import { fullPageScreenshot } from './support/screens';
import { browserSuite } from './support/suite';

// 刘洋 owns 新媒体室's items; 李卫东 leads them; 陈晓燕 is the office.
const CADRE = '刘洋';
const LEADER = '李卫东';
const OFFICE = '陈晓燕';

async function shot(page: Page, name: string, full = false): Promise<void> {
  // Taro's H5 router slides a page in: let it land before the picture.
  await page.waitForTimeout(500);
  if (full) await fullPageScreenshot(page, name);
  else await saveScreenshot(page, name);
}

async function openPage(page: Page, app: LocalApp, path: string, ready: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(appUrl(app, path));
  await current(page).locator(ready).first().waitFor();
}

/** The H5 stand-in for WeChat's consent dialog: it says it is simulated, and the person answers it. */
async function answerConsent(page: Page, answer: '允许' | '拒绝', name?: string): Promise<void> {
  const dialog = page.locator('.taro__modal');
  await dialog.getByText('演示环境：模拟授权').waitFor();
  if (name) await shot(page, name);
  await dialog.getByText(answer, { exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('reminders on the phones of a cadre, a leader and the office', () => {
  const suite = browserSuite();

  it('a cadre allows reminders on 我的 (simulated on H5, said so) and sees what they hold', async () => {
    const page = await phoneOf(suite.browser, suite.app, CADRE);
    await openPage(page, suite.app, 'pages/me/index', '.zg-remind-switch');
    await current(page).locator('.zg-remind-count').first().waitFor();
    expect(await current(page).locator('.zg-switch--on').count()).toBe(1);
    expect(await current(page).getByText('演示环境：模拟授权').count()).toBe(1);
    await shot(page, 'me-reminders-before', true);

    await current(page).locator('taro-button-core', { hasText: '增加提醒次数' }).click();
    await answerConsent(page, '允许', 'consent-simulated');
    await current(page).getByText('可接收 1 次').first().waitFor();
    expect(await current(page).getByText('可接收 1 次').count()).toBe(3);

    // Off and on again: turning it on asks again.
    await current(page).locator('.zg-remind-switch').click();
    await current(page).locator('.zg-switch:not(.zg-switch--on)').waitFor();
    await shot(page, 'me-reminders-off');
    await current(page).locator('.zg-remind-switch').click();
    await answerConsent(page, '允许');
    await current(page).getByText('可接收 2 次').first().waitFor();
    await shot(page, 'me-reminders', true);
    await page.close();
  });

  it('the office runs reminders now and reads who got what; WeChat refusing one person sends theirs to 消息', async () => {
    // 43101 for 刘洋 from now on: WeChat holds no accept for him, whatever our count says.
    const members = (await (await fetch(`${suite.app.devServer.url}/dev/members`)).json()) as { id: string; name: string }[];
    const cadre = members.find((member) => member.name === CADRE);
    const refused = await fetch(`${suite.app.devServer.url}/dev/refuse-subscriptions`, { method: 'POST', body: JSON.stringify({ memberId: cadre?.id }) });
    expect(refused.ok).toBe(true);

    const page = await phoneOf(suite.browser, suite.app, OFFICE);
    await openPage(page, suite.app, 'pages/me/index', '.zg-remind-switch');
    await current(page).getByText('提醒记录').click();
    await current(page).locator('.zg-reminder-log__actions').waitFor();
    await shot(page, 'log-before-run');
    await current(page).locator('taro-button-core', { hasText: '立即运行提醒' }).click();
    await current(page).locator('.zg-run').waitFor({ timeout: 30000 });
    await current(page).locator('.zg-log-entry').first().waitFor();
    await shot(page, 'log-after-run', true);

    await current(page).locator('.zg-chips__chip', { hasText: '失败与异常' }).click();
    await current(page).locator('.zg-log-entry__error').first().waitFor();
    expect(await current(page).locator('.zg-log-entry__error').first().innerText()).toBe('错误 43101：对方未允许或提醒次数已用完');
    await shot(page, 'log-problems');
    await page.close();

    // Nothing went to 刘洋 on WeChat; what was due for him is in his 消息.
    expect(suite.app.emulator.outbox.list().filter((message) => message.touser === openidOf(CADRE))).toEqual([]);
    const inbox = await callAs(suite.app, CADRE, 'inbox.list', {});
    expect(inbox.unread).toBeGreaterThan(0);
    const status = await callAs(suite.app, CADRE, 'subscriptions.status', {});
    expect(status.templates.find((template) => template.key === 'deadline')?.inHand).toBe(0);
  });

  it('the cadre finds the reminders in 消息 with an unread badge, and a tap opens the item', async () => {
    const page = await phoneOf(suite.browser, suite.app, CADRE);
    await openPage(page, suite.app, 'pages/me/index', '.zg-remind-switch');
    await current(page).locator('.zg-unread').waitFor();
    // The unread count on the 我的 tab (Taro's H5 tab bar draws WeChat's badge).
    await page.locator('.weui-badge', { hasText: /^\d+$/ }).first().waitFor();
    await shot(page, 'me-unread');

    await current(page).locator('.zg-cell', { hasText: '未能通过微信送达' }).click();
    await current(page).locator('.zg-inbox-card').first().waitFor();
    await shot(page, 'inbox-cadre', true);
    const unreadBefore = await current(page).locator('.zg-inbox-card--unread').count();
    expect(unreadBefore).toBeGreaterThan(0);

    await current(page).locator('.zg-inbox-card--unread .zg-inbox-card__head').first().click();
    await current(page).locator('.zg-task-head').waitFor();
    await shot(page, 'inbox-opened-item');
    await page.goBack();
    await current(page).locator('.zg-inbox-card').first().waitFor();
    await page.waitForTimeout(500);
    expect(await current(page).locator('.zg-inbox-card--unread').count()).toBe(unreadBefore - 1);
    await page.close();
  });

  it('a leader gets one daily digest instead of a message per item', async () => {
    const page = await phoneOf(suite.browser, suite.app, LEADER);
    await openPage(page, suite.app, 'packages/inbox/index/index', '.zg-inbox-card');
    const digests = current(page).locator('.zg-inbox-card', { hasText: '整改提醒汇总' });
    expect(await digests.count()).toBe(1);
    await shot(page, 'inbox-leader-digest', true);
    await digests.locator('.zg-inbox-entry').first().click();
    await current(page).locator('.zg-task-head').waitFor();
    await page.close();
  });

  it('a cadre opening an item of their own is offered reminders, asked only on a tap', async () => {
    await fetch(`${suite.app.devServer.url}/dev/refuse-subscriptions`, { method: 'DELETE', body: JSON.stringify({ memberId: (await callAs(suite.app, CADRE, 'auth.me', {})).member.id }) });
    const { items } = await callAs(suite.app, '赵磊', 'tasks.list', {});
    const page = await phoneOf(suite.browser, suite.app, '赵磊');
    await openPage(page, suite.app, `packages/tasks/detail/index?id=${items[0]?.id}`, '.zg-task-head');
    await current(page).locator('.zg-remind-prompt').waitFor();
    expect(await page.locator('.taro__modal').isVisible().catch(() => false)).toBe(false);
    await shot(page, 'item-prompt');
    await current(page).locator('.zg-remind-prompt taro-button-core').click();
    await answerConsent(page, '拒绝');
    await current(page).locator('.zg-remind-prompt').waitFor({ state: 'detached' });
    // Refused: not asked again at natural moments until the switch is turned on.
    expect((await callAs(suite.app, '赵磊', 'subscriptions.status', {})).askIds).toEqual([]);
    await page.close();
  });
});
