import type { Page } from 'playwright-core';
import { acceptDialogs, current, screenshot as saveScreenshot, tap } from './support/app';
import { appUrl, callAs, phoneOf } from './support/people';
import { uploadEvidence } from '../support/task-fixture';
import { INLINE_PLAN, UNLED_PROBLEM, nameUnledLeader } from './support/import-wizard';
import { browserSuite } from './support/suite';

// Issue 16's remainder, on the demo unit: drafts that survive, the import's way back, and the smaller points.
const CADRE = '刘洋';
const OFFICE = '陈晓燕';
const OUTCOME_OWNER = '赵磊';

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(450);
  await saveScreenshot(page, name);
}

describe('drafts, the import’s way back and the smaller points (issue 16)', () => {
  const suite = browserSuite();

  it('申请销号 keeps its draft through a reload, picks evidence already on a 进展, and 丢弃 empties the form', async () => {
    const { items } = await callAs(suite.app, CADRE, 'tasks.list', {});
    let taskId: string | null = null;
    for (const item of items) {
      if ((await callAs(suite.app, CADRE, 'tasks.get', { taskId: item.id })).can.apply) {
        taskId = item.id;
        break;
      }
    }
    if (!taskId) throw new Error(`${CADRE} has no item to apply for`);
    await callAs(suite.app, CADRE, 'tasks.addProgress', { taskId, text: '已制定审核制度', fileIDs: [await uploadEvidence(suite.app.emulator, taskId, '审核制度.pdf')], fileNames: ['审核制度.pdf'] });

    const cadre = await phoneOf(suite.browser, suite.app, CADRE);
    const asked = acceptDialogs(cadre);
    await cadre.goto(appUrl(suite.app, `packages/tasks/closure/index?taskId=${taskId}`));
    const form = current(cadre);
    const posted = form.locator('.zg-check', { hasText: '审核制度.pdf' });
    await posted.waitFor();
    await form.locator('textarea').first().fill('已建立三审三校制度并组织学习');
    await posted.click();
    await screenshot(cadre, 'drafts-01-closure-typed');

    await cadre.reload();
    expect(asked).toEqual(['beforeunload']);
    await current(cadre).getByText('已恢复未提交的内容').first().waitFor();
    expect(await current(cadre).locator('textarea').first().inputValue()).toBe('已建立三审三校制度并组织学习');
    await current(cadre).locator('.zg-check--on', { hasText: '审核制度.pdf' }).waitFor();
    await screenshot(cadre, 'drafts-02-closure-restored');

    // 丢弃 empties the form, and the next visit starts empty.
    await current(cadre).getByText('丢弃，重新填写').click();
    expect(await current(cadre).locator('textarea').first().inputValue()).toBe('');
    await cadre.reload();
    await current(cadre).locator('.zg-check', { hasText: '审核制度.pdf' }).waitFor();
    expect(await current(cadre).getByText('已恢复未提交的内容').count()).toBe(0);

    // Picked, not uploaded again: the application carries the 进展's file.
    await current(cadre).locator('textarea').first().fill('已建立三审三校制度并组织学习');
    await current(cadre).locator('.zg-check', { hasText: '审核制度.pdf' }).click();
    await tap(cadre, '提交销号申请');
    await current(cadre).locator('.zg-task-head').waitFor();
    const { task } = await callAs(suite.app, CADRE, 'tasks.get', { taskId });
    expect(task.status).toBe('pending_review');
    expect(task.closure?.files.map((file) => file.name)).toEqual(['审核制度.pdf']);
  });

  it('记录整改成果 keeps its draft through a reload, kind and all, asks before leaving, and 丢弃 empties it', async () => {
    // The demo's 总编室 item: its owner records outcomes with its latest 进展.
    const { outcomes } = await callAs(suite.app, OFFICE, 'outcomes.list', { planId: null, kind: 'followUp' });
    const taskId = outcomes[0]?.taskId;
    if (!taskId) throw new Error('the demo has no item with outcomes');
    const owner = await phoneOf(suite.browser, suite.app, OUTCOME_OWNER);
    const asked = acceptDialogs(owner);
    await owner.goto(appUrl(suite.app, `packages/tasks/outcome/index?taskId=${taskId}`));
    await current(owner).getByText('成果类别').waitFor();
    await current(owner).locator('.zg-choices__card', { hasText: '资金' }).first().click();
    await current(owner).locator('input[placeholder="如 12345.67"]').fill('800');
    await screenshot(owner, 'drafts-10-outcome-typed');

    await owner.reload();
    expect(asked).toEqual(['beforeunload']);
    await current(owner).getByText('已恢复未提交的内容').first().waitFor();
    expect(await current(owner).locator('input[placeholder="如 12345.67"]').inputValue()).toBe('800');
    await current(owner).locator('.zg-choices__card--on', { hasText: '资金' }).waitFor();
    await screenshot(owner, 'drafts-11-outcome-restored');

    await current(owner).getByText('丢弃，重新填写').click();
    await current(owner).locator('.zg-choices__card--on', { hasText: '建章立制' }).waitFor();
    await owner.reload();
    await current(owner).getByText('成果类别').waitFor();
    expect(await current(owner).getByText('已恢复未提交的内容').count()).toBe(0);
  });

  it('the import: a stale message goes once text is pasted; back from step 3 goes back a step, and from step 2 it asks', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    // From 我的 → 整改方案 → 导入方案, so the title bar has a page to go back to.
    await office.goto(appUrl(suite.app, 'pages/me/index'));
    await office.getByText('整改方案', { exact: true }).first().click();
    await office.getByText('导入方案', { exact: true }).click();
    await office.getByText('解析并预览', { exact: true }).click();
    await office.getByText('请先粘贴方案正文').waitFor();
    await office.locator('.zg-source__text textarea').fill(INLINE_PLAN);
    expect(await office.getByText('请先粘贴方案正文').count()).toBe(0);

    await office.getByText('解析并预览', { exact: true }).click();
    await nameUnledLeader(office, '王秀兰');
    await office.getByText(/^下一步/).click();
    await office.getByText('责任部门（').waitFor();
    await screenshot(office, 'drafts-03-import-step3');

    // The title bar's back button (and the browser's) goes back to 核对内容, with the correction.
    await office.locator('.taro-navigation-bar-back').click();
    await office.locator('.zg-problem', { hasText: UNLED_PROBLEM }).getByText('王秀兰').waitFor();
    expect(await office.getByText('责任部门（').count()).toBe(0);
    await screenshot(office, 'drafts-04-import-back-to-step2');

    // From 核对内容, back asks before the corrections are dropped; 留在此页 keeps them.
    await office.evaluate(() => window.history.back());
    await office.getByText('返回重新解析？').waitFor();
    await screenshot(office, 'drafts-05-import-back-asks');
    await office.getByText('留在此页', { exact: true }).click();
    await office.locator('.zg-problem', { hasText: UNLED_PROBLEM }).getByText('王秀兰').waitFor();
  });

  it('an item with no matched department and no 责任人 says so on its own page', async () => {
    const { items } = await callAs(suite.app, OFFICE, 'tasks.list', { filter: { status: 'not_started' } });
    const item = items[items.length - 1];
    if (!item) throw new Error('the demo has no 未开始 item');
    const { task } = await callAs(suite.app, OFFICE, 'tasks.get', { taskId: item.id });
    await callAs(suite.app, OFFICE, 'tasks.assign', { taskId: task.id, version: task.version, departmentIds: [], leaderId: task.leader?.id ?? null, assigneeIds: [] });
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, `packages/tasks/detail/index?id=${task.id}`));
    const notice = current(office).locator('.zg-notice', { hasText: '此事项还没有责任部门和责任人' });
    await notice.getByText(/到期提醒无人接收。请点“分配责任”指定。/).waitFor();
    await screenshot(office, 'drafts-06-ownerless-item');
  });

  it('a refusal page on H5 is no dead end: the title bar offers 首页', async () => {
    const { items } = await callAs(suite.app, OFFICE, 'tasks.list', {});
    const mine = new Set((await callAs(suite.app, CADRE, 'tasks.list', {})).items.map((item) => item.id));
    const foreign = items.find((item) => !mine.has(item.id));
    if (!foreign) throw new Error('every item is the cadre’s');
    const cadre = await phoneOf(suite.browser, suite.app, CADRE);
    await cadre.goto(appUrl(suite.app, `packages/tasks/detail/index?id=${foreign.id}`));
    await current(cadre).locator('.zg-empty', { hasText: /没有权限|找不到该整改事项/ }).waitFor();
    await cadre.locator('.taro-navigation-bar-home').waitFor();
    await screenshot(cadre, 'drafts-07-refusal-with-home');
    await cadre.locator('.taro-navigation-bar-home').click();
    await cadre.locator('.taro-navigation-bar-title', { hasText: '我负责的整改事项' }).waitFor();
    await screenshot(cadre, 'drafts-08-home-titled');
  });

  it('the office’s list is titled for what it holds, and the 公示 offers 设为不公示 as a button', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'pages/tasks/index'));
    await office.locator('.taro-navigation-bar-title', { hasText: '全部整改事项' }).waitFor();
    await office.getByText('整改事项', { exact: true }).first().waitFor();
    await office.goto(appUrl(suite.app, 'packages/reports/notice/index'));
    await current(office).locator('.zg-notice-row__switch', { hasText: '设为不公示' }).first().waitFor();
    await screenshot(office, 'drafts-09-notice-button');
  });
});
