import type { Locator, Page } from 'playwright-core';
import { acceptDialogs, confirmPicker, current, screenshot as saveScreenshot, tap } from './support/app';
import { appUrl, callAs, phoneOf } from './support/people';
import { fullPageScreenshot } from './support/screens';
import { INLINE_PLAN, nameUnledLeader } from './support/import-wizard';
import { browserSuite } from './support/suite';
import { dayFromToday, uploadEvidence } from '../support/task-fixture';

// Issue 16's forms at 375 px, each as the person who fills it sees it: the demo unit, 刘洋's item led by 李卫东.
const ITEM = '新媒体平台内容审核把关不严';
const CADRE = '刘洋';
const LEADER = '李卫东';
const OFFICE = '陈晓燕';
const SECRETARY = '张建国';
const RESTORED = '已恢复未提交的内容';

// Taro's H5 router slides a page in: let it land before the picture.
async function screenshot(page: Page, name: string, full = false): Promise<void> {
  await page.waitForTimeout(450);
  if (full) await fullPageScreenshot(page, name);
  else await saveScreenshot(page, name);
}

/** Opens a page afresh, as from a shared link. */
async function open(page: Page, url: string, ready: (form: Locator) => Locator): Promise<Locator> {
  await page.goto('about:blank');
  await page.goto(url);
  await ready(current(page)).first().waitFor();
  return current(page);
}

/** Reloads a form with typed input: the browser asks before leaving, and the form comes back with its draft. */
async function reloadRestored(page: Page): Promise<Locator> {
  const asked = acceptDialogs(page);
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  await current(page).getByText(RESTORED).first().waitFor();
  await page.waitForTimeout(2000); // the 已恢复 toast fades, so the pictures show the form beneath it
  return current(page);
}

describe('the forms issue 16 changed, at 375 px', () => {
  const ids = new Map<string, string>();
  let taskId = '';
  const suite = browserSuite({
    arrange: async ({ app }) => {
      const { people } = await callAs(app, OFFICE, 'roster.directory', {});
      for (const person of people) ids.set(person.name, person.id);
      const { items } = await callAs(app, CADRE, 'tasks.list', {});
      taskId = items.find((item) => item.title === ITEM)?.id ?? '';
      if (!taskId) throw new Error(`${CADRE} has no item ${ITEM}`);
    },
  });

  it('申请延期 keeps its draft through a reload; the 组长 decides; the item shows the new deadline', async () => {
    const cadre = await phoneOf(suite.browser, suite.app, CADRE);
    let form = await open(cadre, appUrl(suite.app, `packages/tasks/extension/index?taskId=${taskId}`), (page) => page.getByText('申请延至'));
    await confirmPicker(cadre, form.locator('.zg-extension__date'));
    await form.locator('textarea').fill('需配合省级平台接口改造，原定时限内无法完成上线。');
    await screenshot(cadre, 'forms-01-extension-filled', true);
    form = await reloadRestored(cadre);
    expect(await form.locator('textarea').inputValue()).toBe('需配合省级平台接口改造，原定时限内无法完成上线。');
    const newDay = (await form.locator('.zg-extension__date').innerText()).trim();
    await screenshot(cadre, 'forms-02-extension-restored', true);
    await tap(cadre, '提交延期申请');
    await current(cadre).locator('.zg-notice', { hasText: '延期申请待审批' }).waitFor();

    const secretary = await phoneOf(suite.browser, suite.app, SECRETARY);
    const decide = await open(secretary, appUrl(suite.app, `packages/tasks/extension-decide/index?taskId=${taskId}`), (page) => page.getByText('审批结果'));
    await decide.locator('.zg-choices__card', { hasText: '同意' }).last().click();
    await decide.locator('textarea').fill('同意延期，请按新时限抓紧推进。');
    await screenshot(secretary, 'forms-03-extension-decide', true);
    await tap(secretary, '提交审批意见');
    await current(secretary).locator('.zg-task-head').waitFor();

    const item = await open(cadre, appUrl(suite.app, `packages/tasks/detail/index?id=${taskId}`), (page) => page.locator('.zg-task-head'));
    await item.getByText(newDay).first().waitFor();
    expect(await item.locator('.zg-notice', { hasText: '延期申请待审批' }).count()).toBe(0);
    await screenshot(cadre, 'forms-04-extension-decided', true);
  });

  it('审核: the 责任领导’s review form, its return requirement kept through a reload', async () => {
    const { task } = await callAs(suite.app, CADRE, 'tasks.get', { taskId });
    const proof = await uploadEvidence(suite.app.emulator, taskId, '三审三校制度.pdf');
    await callAs(suite.app, CADRE, 'closure.apply', { taskId, version: task.version, summary: '已建立三审三校制度并组织全员学习', fileIDs: [proof] });
    const leader = await phoneOf(suite.browser, suite.app, LEADER);
    let form = await open(leader, appUrl(suite.app, `packages/tasks/review/index?taskId=${taskId}`), (page) => page.locator('.zg-choices__card'));
    await form.locator('.zg-choices__card', { hasText: '退回' }).click();
    await form.locator('textarea').fill('请补充三审三校制度的印发文件和学习签到表。');
    await screenshot(leader, 'forms-05-review-return', true);
    form = await reloadRestored(leader);
    expect(await form.locator('textarea').inputValue()).toBe('请补充三审三校制度的印发文件和学习签到表。');
    await screenshot(leader, 'forms-06-review-restored', true);
  });

  it('成员: the office adds a member and edits one, the typed name kept through a reload', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    let form = await open(office, appUrl(suite.app, 'packages/roster/member-edit/index'), (page) => page.getByText('姓名'));
    await form.locator('input[placeholder="请填写姓名"]').fill('周敏');
    await form.locator('input[placeholder="如：办公室主任（选填）"]').fill('新媒体室编辑');
    await screenshot(office, 'forms-07-member-new', true);
    form = await reloadRestored(office);
    expect(await form.locator('input[placeholder="请填写姓名"]').inputValue()).toBe('周敏');
    await screenshot(office, 'forms-08-member-new-restored', true);

    await open(office, appUrl(suite.app, `packages/roster/member-edit/index?id=${ids.get(CADRE) ?? ''}`), (page) => page.getByText('微信绑定'));
    await screenshot(office, 'forms-09-member-edit', true);
  });

  it('约谈: the proposal and the record come back after a reload; a held 约谈 shows its planned and actual times', async () => {
    const leader = await phoneOf(suite.browser, suite.app, LEADER);
    let propose = await open(leader, appUrl(suite.app, `packages/interviews/propose/index?taskId=${taskId}`), (page) => page.getByText(ITEM));
    await propose.locator('textarea').fill('内容审核把关不严问题整改滞后，对责任部门负责人进行提醒谈话。');
    propose = await reloadRestored(leader);
    expect(await propose.locator('textarea').inputValue()).toBe('内容审核把关不严问题整改滞后，对责任部门负责人进行提醒谈话。');
    await screenshot(leader, 'forms-10-interview-propose-restored', true);

    const { interview } = await callAs(suite.app, LEADER, 'interviews.propose', {
      kind: 'reminder',
      source: { type: 'task', taskId },
      subjectId: ids.get(CADRE),
      interviewerIds: [ids.get(LEADER)],
      recorderId: ids.get(OFFICE),
      approverId: ids.get(SECRETARY),
      plannedAt: `${dayFromToday(2)}T09:00:00+08:00`,
      place: '党组会议室',
      reason: '内容审核把关不严问题整改滞后，进行提醒谈话。',
    });
    await callAs(suite.app, SECRETARY, 'interviews.approve', { interviewId: interview.id, decision: 'approve', opinion: '同意' });
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    let record = await open(office, appUrl(suite.app, `packages/interviews/record/index?id=${interview.id}`), (page) => page.getByText('提前谈话原因'));
    await record.locator('textarea').nth(0).fill('约谈对象出差提前返回，经约谈人同意提前谈话。');
    await record.locator('textarea').nth(1).fill('指出内容审核把关不严的问题，听取整改进展。');
    record = await reloadRestored(office);
    expect(await record.locator('textarea').nth(1).inputValue()).toBe('指出内容审核把关不严的问题，听取整改进展。');
    await screenshot(office, 'forms-11-interview-record-restored', true);

    // Saved as it is (暂存): the record has its actual time, the 约谈 keeps its planned one.
    await tap(office, '暂存记录');
    await office.waitForTimeout(1000);
    const detail = await open(office, appUrl(suite.app, `packages/interviews/detail/index?id=${interview.id}`), (page) => page.getByText('谈话时间'));
    await detail.getByText('约谈时间').first().waitFor();
    await detail.getByText('约谈对象出差提前返回').first().waitFor();
    await screenshot(office, 'forms-12-interview-planned-and-held', true);
  });

  it('the import: changing the plan date in the preview keeps the corrections', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await open(office, appUrl(suite.app, 'packages/plans/import/index'), (page) => page.locator('.zg-source__text textarea'));
    await office.locator('.zg-source__text textarea').fill(INLINE_PLAN);
    await office.getByText('解析并预览', { exact: true }).click();
    const card = await nameUnledLeader(office, '王秀兰');
    const date = office.locator('.zg-review__date');
    const before = await date.textContent();

    // A year earlier in the picker's first column, then 确定.
    await date.click();
    const years = office.locator('.weui-picker__group:visible').first();
    await years.waitFor();
    await office.waitForTimeout(400);
    const box = await years.boundingBox();
    if (!box) throw new Error('the date picker did not open');
    await office.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - 34);
    await office.waitForTimeout(300);
    await office.locator('.weui-picker__action:visible', { hasText: '确定' }).click();
    await office.getByText('正在重新计算时限…').waitFor({ state: 'detached' });
    await office.waitForFunction((shown) => document.querySelector('.zg-review__date')?.textContent !== shown, before);
    await card.getByText('王秀兰').waitFor();
    await screenshot(office, 'forms-13-import-date-changed', true);
  });
});
