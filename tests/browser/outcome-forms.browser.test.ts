import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { current, SCREENSHOT_DIR, tap } from './support/app';
import { appUrl, callAs, phoneOf } from './support/people';
import { fullPageScreenshot } from './support/screens';
import { browserSuite } from './support/suite';

// The demo's 总编室 item (owner 赵磊, 责任领导 李卫东) already has confirmed outcomes and a 举一反三 item.
const OWNER = '赵磊';
const LEADER = '李卫东';
const OFFICE = '陈晓燕';
// Screenshots at 375 px wide, the whole page.

async function openItem(page: Page, app: LocalApp, taskId: string): Promise<void> {
  await page.goto(appUrl(app, `packages/tasks/detail/index?id=${taskId}`));
  await current(page).locator('.zg-section__title', { hasText: /^整改成果$/ }).waitFor();
}

/** The native input or textarea Taro renders inside its own element, by placeholder. */
function field(page: Page, placeholder: string): Locator {
  return current(page).locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);
}

describe('整改成果 on the item page: the owner records with a 进展, the 责任领导 confirms, 统计 counts it', () => {
  let parentId: string;
  let childId: string;
  const suite = browserSuite({
    arrange: async ({ app }) => {
      const { outcomes } = await callAs(app, OFFICE, 'outcomes.list', { planId: null, kind: 'followUp' });
      const followUp = outcomes[0];
      if (followUp?.kind !== 'followUp' || !followUp.child) throw new Error('the demo has no 举一反三 item');
      parentId = followUp.taskId;
      childId = followUp.child.taskId;
    },
  });

  it('links the item and its 举一反三 item both ways', async () => {
    const owner = await phoneOf(suite.browser, suite.app, OWNER);
    await openItem(owner, suite.app, parentId);
    await current(owner).getByText('举一反三事项（1）').waitFor();
    await fullPageScreenshot(owner, 'outcomes-item-owner');
    await current(owner).getByText('下属新媒体账号同样存在审核流程缺失').last().click();
    await current(owner).getByText('举一反三，源自').waitFor();
    expect(owner.url()).toContain(childId);
    await fullPageScreenshot(owner, 'outcomes-follow-up-item');
  });

  it('我的事项 counts the plan’s 问题 as 统计 does (the office’s, every item); the 举一反三 item has its own chip', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'pages/tasks/index'));
    const chip = (label: string) => current(office).locator('.zg-chips__chip', { hasText: label });
    await chip('举一反三').waitFor();
    const { totals } = await callAs(suite.app, OFFICE, 'dashboard.summary', { filter: {} });
    const { followUpCount } = await callAs(suite.app, OFFICE, 'tasks.list', {});
    expect((await chip('全部').innerText()).replace(/\s+/g, '')).toBe(`全部${totals.total}`);
    expect((await chip('举一反三').innerText()).replace(/\s+/g, '')).toBe(`举一反三${followUpCount ?? ''}`);
    expect(await current(office).locator('.zg-task-row').count()).toBe(totals.total);
    expect(await current(office).locator('.zg-task-row', { hasText: '下属新媒体账号同样存在审核流程缺失' }).count()).toBe(0);
    await fullPageScreenshot(office, 'tasks-list-counts-as-stats');
    await chip('举一反三').click();
    await current(office).locator('.zg-task-row', { hasText: '下属新媒体账号同样存在审核流程缺失' }).waitFor();
    expect(await current(office).locator('.zg-task-row').count()).toBe(followUpCount);
    await fullPageScreenshot(office, 'tasks-list-follow-ups');
  });

  it('the owner records one outcome of each kind with the latest 进展; each counts once the 责任领导 confirms it', async () => {
    const owner = await phoneOf(suite.browser, suite.app, OWNER);
    const record = async (kind: string, fill: (page: Page) => Promise<void>, shown: string) => {
      await openItem(owner, suite.app, parentId);
      await current(owner).locator('.zg-cell', { hasText: '记录整改成果' }).click();
      await current(owner).getByText('成果类别').waitFor();
      await current(owner).locator('.zg-choices__card', { hasText: kind }).first().click();
      await fill(owner);
      await fullPageScreenshot(owner, `outcomes-form-${kind}`);
      await tap(owner, '提交成果');
      if (kind !== '问责') {
        await current(owner).locator('.zg-outcome__row', { hasText: shown }).getByText('待确认').waitFor();
        return;
      }
      // 问责 is confidential even from the owner who recorded it: back on the item, it is not listed.
      await current(owner).locator('.zg-cell', { hasText: '记录整改成果' }).waitFor();
      expect(await current(owner).locator('.zg-outcome__row', { hasText: shown }).count()).toBe(0);
    };
    await record('建章立制', (page) => field(page, '如 专项资金管理办法').fill('新媒体账号发布审核办法'), '《新媒体账号发布审核办法》');
    await record(
      '问责',
      async (page) => {
        await field(page, '如 某某（仅办公室、书记和责任领导可见）').fill('陈某');
        await field(page, '如 中心党组、县纪委监委').fill('中心党组');
      },
      '陈某：批评教育',
    );
    await record('资金', (page) => field(page, '如 12345.67').fill('500.5'), '追缴资金500.50元');
    await record(
      '举一反三',
      async (page) => {
        await field(page, '整改中发现的同类问题').fill('网站专栏同样存在审核流程缺失');
        await field(page, '一行一条措施').fill('排查网站全部专栏\n建立专栏发布审核登记');
      },
      '网站专栏同样存在审核流程缺失',
    );
    await fullPageScreenshot(owner, 'outcomes-item-recorded');

    const leader = await phoneOf(suite.browser, suite.app, LEADER);
    await openItem(leader, suite.app, parentId);
    await current(leader).locator('.zg-outcome__row', { hasText: '追缴资金500.50元' }).waitFor();
    await fullPageScreenshot(leader, 'outcomes-item-leader');
    // 确认 is WeUI's primary button and 退回 its warn button, neither pale as a disabled one.
    const waiting = current(leader).locator('.zg-outcome__row', { hasText: '《新媒体账号发布审核办法》' });
    const look = (label: RegExp) =>
      waiting.locator('taro-button-core', { hasText: label }).evaluate((button) => {
        const style = getComputedStyle(button);
        return { background: style.backgroundColor, text: style.color, opacity: style.opacity };
      });
    expect(await look(/^确认$/)).toEqual({ background: 'rgb(7, 193, 96)', text: 'rgb(255, 255, 255)', opacity: '1' });
    expect(await look(/^退回$/)).toMatchObject({ text: 'rgb(250, 81, 81)', opacity: '1' });
    await waiting.screenshot({ path: join(SCREENSHOT_DIR, 'outcomes-decide-buttons.png') });
    for (const shown of ['《新媒体账号发布审核办法》', '陈某：批评教育', '追缴资金500.50元', '网站专栏同样存在审核流程缺失']) {
      const row = current(leader).locator('.zg-outcome__row', { hasText: shown });
      await row.locator('taro-button-core', { hasText: /^确认$/ }).click();
      await row.getByText('已确认').waitFor();
    }
    // The confirmed 举一反三 problem is an item of its own under this one.
    await leader.reload();
    await current(leader).getByText('举一反三事项（2）').waitFor();

    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'pages/stats/index'));
    for (const line of ['制定及修改完善制度3项（新制定2项、修订完善1项）', '问责3人，其中批评教育2人、提醒谈话1人', '追缴、退还资金3.74万元', '举一反三排查问题2个、已整改0个']) {
      await current(office).getByText(line).waitFor();
    }
    await fullPageScreenshot(office, 'outcomes-stats');
  });

  it('统计’s 建章立制 opens the 制度清单 of the plan', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'pages/stats/index'));
    await current(office).locator('.zg-dash-row__label', { hasText: /^建章立制$/ }).click();
    await current(office).locator('.zg-dash-link', { hasText: '查看制度清单' }).click();
    await current(office).getByText('《青山县融媒体中心稿件三审三校制度》', { exact: false }).waitFor();
    await current(office).getByText('青融发〔2026〕15号', { exact: false }).waitFor();
    await fullPageScreenshot(office, 'outcomes-rules');
  });

  it('the office writes the report’s opening and exports the 整改情况报告 with it', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'packages/reports/exports/index'));
    await current(office).locator('.zg-export__link', { hasText: '编辑并导出报告' }).click();
    const opening = field(office, '按照县委巡察组反馈意见，……现将整改情况报告如下。');
    await opening.waitFor();
    await opening.fill('中心党组对照巡察反馈问题逐项整改，现将整改情况报告如下。');
    await fullPageScreenshot(office, 'outcomes-report-texts');
    await current(office).locator('taro-button-core', { hasText: '保存并导出报告' }).click();
    const link = current(office).locator('.zg-export-status__link').first();
    await link.waitFor({ timeout: 60_000 });
    const url = await link.getAttribute('href');
    const docx = Buffer.from(await (await office.request.get(new URL(url as string, suite.app.devServer.url).toString())).body());
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain('中心党组对照巡察反馈问题逐项整改，现将整改情况报告如下。');
    expect(value).toContain('追缴、退还资金3.74万元');
    await fullPageScreenshot(office, 'outcomes-report-exported');
  });
});
