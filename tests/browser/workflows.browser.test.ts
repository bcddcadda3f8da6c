import type { Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { acceptDialogs, confirmPicker, current, screenshot as saveScreenshot, tap } from './support/app';
import { appUrl, callAs, phoneOf } from './support/people';
import { dayFromToday, uploadEvidence } from '../support/task-fixture';
import { DEMO_PEOPLE } from '../../scripts/demo/demo-unit';
import { INLINE_PLAN, UNLED_PROBLEM, nameUnledLeader } from './support/import-wizard';
import { browserSuite } from './support/suite';

// Issue 16, one test per point, on the demo unit: items of 李卫东 (leader) owned by 刘洋's 新媒体室.
const ITEM = '新媒体平台内容审核把关不严';
const LEADER = '李卫东';
const CADRE = '刘洋';
const OFFICE = '陈晓燕';
const SECRETARY = '张建国';

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(450);
  await saveScreenshot(page, name);
}


async function itemIdOf(app: LocalApp, title: string, who = CADRE): Promise<string> {
  const { items } = await callAs(app, who, 'tasks.list', {});
  const item = items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item ${title} for ${who}`);
  return item.id;
}

describe('the workflows as people use them (issue 16)', () => {
  const ids = new Map<string, string>();
  const suite = browserSuite({
    arrange: async ({ app }) => {
      const { people } = await callAs(app, OFFICE, 'roster.directory', {});
      for (const person of people) ids.set(person.name, person.id);
    },
  });

  it('1 · a leader proposes a complete 约谈 alone: every picker offers the roster, the approver list never the proposer', async () => {
    const taskId = await itemIdOf(suite.app, ITEM);
    const leader = await phoneOf(suite.browser, suite.app, LEADER);
    await leader.goto(appUrl(suite.app, `packages/interviews/propose/index?taskId=${taskId}`));
    const form = current(leader);
    await form.getByText(ITEM).first().waitFor();

    await form.locator('.zg-block', { hasText: '约谈对象' }).locator('.zg-iv-pick').first().click();
    const sheet = leader.locator('.zg-iv-people');
    await sheet.getByText(CADRE, { exact: true }).waitFor();
    expect(await sheet.getByText('没有可选的人员').count()).toBe(0);
    await screenshot(leader, 'workflows-01-subject-picker');
    await sheet.getByText(CADRE, { exact: true }).click();

    await form.locator('.zg-block', { hasText: '记录人' }).locator('.zg-iv-pick').first().click();
    await sheet.getByText(OFFICE, { exact: true }).click();

    await form.locator('.zg-block', { hasText: '审批领导' }).locator('.zg-iv-pick').first().click();
    await sheet.getByText(SECRETARY, { exact: true }).waitFor();
    await sheet.getByText('王秀兰', { exact: true }).waitFor();
    expect(await sheet.getByText(LEADER, { exact: true }).count()).toBe(0);
    await screenshot(leader, 'workflows-02-approver-picker');
    await sheet.getByText(SECRETARY, { exact: true }).click();

    const when = form.locator('.zg-iv-datetime__part');
    await confirmPicker(leader, when.nth(0));
    await confirmPicker(leader, when.nth(1));
    await form.locator('input[placeholder="如：党组会议室"]').fill('党组会议室');
    await screenshot(leader, 'workflows-03-propose-complete');
    await tap(leader, '提交审批');
    await current(leader).getByText('待审批').first().waitFor();
    await screenshot(leader, 'workflows-04-proposed');
  });

  it('5 · the item shows its 约谈, and the 提醒谈话 entry says one is under way and opens it', async () => {
    const taskId = await itemIdOf(suite.app, ITEM);
    const leader = await phoneOf(suite.browser, suite.app, LEADER);
    await leader.goto(appUrl(suite.app, `packages/tasks/detail/index?id=${taskId}`));
    const linked = current(leader).locator('.zg-section', { hasText: '相关约谈' });
    await linked.getByText('提醒谈话').waitFor();
    await linked.getByText('待审批').waitFor();
    await current(leader).getByText('提醒谈话正在进行（待审批）').waitFor();
    await screenshot(leader, 'workflows-05-item-with-interview');
    await linked.getByText('提醒谈话').click();
    await current(leader).getByText('约谈事由').first().waitFor();
  });

  it('2 · recording a talk before its planned day is refused until the reason is given', async () => {
    const { interview } = await callAs(suite.app, OFFICE, 'interviews.propose', {
      kind: 'reminder',
      source: { type: 'text', text: '财务报销审核不严' },
      subjectId: ids.get('孙丽'),
      interviewerIds: [ids.get('王秀兰')],
      recorderId: ids.get(OFFICE),
      approverId: ids.get(SECRETARY),
      plannedAt: `${dayFromToday(2)}T09:00:00+08:00`,
      place: '党组会议室',
      reason: '财务报销审核不严，进行提醒谈话。',
    });
    await callAs(suite.app, SECRETARY, 'interviews.approve', { interviewId: interview.id, decision: 'approve', opinion: '同意' });
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, `packages/interviews/record/index?id=${interview.id}`));
    const form = current(office);
    await form.getByText('提前谈话原因').waitFor();
    await form.locator('textarea').nth(1).fill('指出报销审核不严的问题。');
    await tap(office, '暂存记录');
    const refusal = form.getByText('谈话早于约谈安排的日期，请说明原因').first();
    await refusal.waitFor();
    await refusal.scrollIntoViewIfNeeded(); // the picture shows the message, not just the submit row
    await screenshot(office, 'workflows-06-record-early-refused');
    expect((await callAs(suite.app, OFFICE, 'interviews.get', { interviewId: interview.id })).interview.state).toBe('approved');
  });

  it('3 · a reload and the way back keep the import at step 3 with its corrections', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'packages/plans/import/index'));
    await office.locator('.zg-source__text textarea').fill(INLINE_PLAN);
    await office.getByText('解析并预览', { exact: true }).click();
    await office.locator('.zg-problem', { hasText: UNLED_PROBLEM }).getByText('未填写责任领导，请补填').waitFor();
    await nameUnledLeader(office, '王秀兰');
    await office.getByText(/^下一步/).click();
    await office.getByText('责任部门（').waitFor();

    // Leaving asks first; then the reload lands on the same step, with the correction.
    const asked = acceptDialogs(office);
    await office.reload();
    expect(asked).toEqual(['beforeunload']);
    await office.getByText('已恢复未提交的内容').waitFor();
    await office.getByText('责任部门（').waitFor();
    await office.locator('.zg-name', { hasText: '王秀兰' }).waitFor();
    await office.waitForTimeout(2000); // the 已恢复 toast fades, so the picture shows the step beneath it
    await screenshot(office, 'workflows-07-import-restored');
    await office.getByText('上一步', { exact: false }).first().click();
    await office.locator('.zg-problem', { hasText: UNLED_PROBLEM }).getByText('王秀兰').waitFor();
  });

  it('4 · a returned 销号 reaches the cadre in 消息 and marks the item 待您补充整改 on the list', async () => {
    const taskId = await itemIdOf(suite.app, ITEM);
    const fileID = await uploadEvidence(suite.app.emulator, taskId, '整改报告.pdf');
    const applied = await callAs(suite.app, CADRE, 'closure.apply', { taskId, version: (await callAs(suite.app, CADRE, 'tasks.get', { taskId })).task.version, summary: '已整改到位', fileIDs: [fileID] });
    await callAs(suite.app, LEADER, 'closure.review', { taskId, version: applied.task.version, decision: 'return', opinion: '请补充整改前后的对比材料' });

    const cadre = await phoneOf(suite.browser, suite.app, CADRE);
    await cadre.goto(appUrl(suite.app, 'pages/tasks/index'));
    const row = current(cadre).locator('.zg-task-row', { hasText: applied.task.title });
    await row.getByText('待您补充整改').waitFor();
    await screenshot(cadre, 'workflows-08-list-waiting');
    await cadre.goto(appUrl(suite.app, 'packages/inbox/index/index'));
    const message = current(cadre).locator('.zg-inbox-card', { hasText: '销号申请被退回' });
    await message.getByText('李卫东退回了您的销号申请，事项回到整改中。补充整改要求：请补充整改前后的对比材料').waitFor();
    await screenshot(cadre, 'workflows-09-inbox-returned');
    await message.locator('.zg-inbox-card__head').click();
    await current(cadre).locator('.zg-task-head', { hasText: applied.task.title }).waitFor();
  });

  it('7 · marking the first measure done moves the item from 未开始 to 整改中', async () => {
    // Whichever demo cadre still owns an item nobody has started (earlier tests and the demo outcomes start some).
    let owner: { name: string; itemId: string } | null = null;
    for (const person of DEMO_PEOPLE.filter((entry) => entry.roles.includes('cadre') && !entry.roles.includes('office') && !entry.roles.includes('secretary'))) {
      const [first] = (await callAs(suite.app, person.name, 'tasks.list', { filter: { status: 'not_started' } })).items;
      if (first) {
        owner = { name: person.name, itemId: first.id };
        break;
      }
    }
    if (!owner) throw new Error('the demo has no 未开始 item for any cadre');
    const item = { id: owner.itemId };
    const cadre = await phoneOf(suite.browser, suite.app, owner.name);
    await cadre.goto(appUrl(suite.app, `packages/tasks/detail/index?id=${item.id}`));
    const head = current(cadre).locator('.zg-task-head .zg-tag').first();
    await current(cadre).locator('.zg-task-head').waitFor();
    expect((await head.innerText()).trim()).toBe('未开始');
    await current(cadre).locator('.zg-measure').first().click();
    await cadre.locator('.zg-choices__card', { hasText: '已完成' }).click();
    await cadre.locator('.zg-page-actions taro-button-core', { hasText: '保存' }).click();
    await current(cadre).locator('.zg-task-head .zg-tag', { hasText: '整改中' }).waitFor();
    await screenshot(cadre, 'workflows-10-first-measure-done');
  });

  it('6 · an exported 台账 is saved under its real name', async () => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'packages/reports/exports/index'));
    await tap(office, '导出台账');
    const link = current(office).locator('.zg-export-status__link').first();
    await link.waitFor({ timeout: 30000 });
    await screenshot(office, 'workflows-11-export-link');
    const saving = office.waitForEvent('download');
    await link.click();
    const download = await saving;
    expect(download.suggestedFilename()).toMatch(/^整改台账.*\.xlsx$/);
  });
});
