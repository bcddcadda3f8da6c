import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { uploadThroughSdk } from '../support/local-cloud';
import { readZip } from '../support/zip';
import { confirmPicker, current, PHONE_VIEWPORT, screenshot, tap } from './support/app';
import { appUrl, callAs, phoneOf, solidPng } from './support/people';
import { fullPageScreenshot } from './support/screens';
import { dotOn, drawSignature } from './support/signature';
import { browserSuite } from './support/suite';

// The demo unit (scripts/demo/demo-unit.ts): the office proposes and records, the secretary approves, the 新媒体室
// head is talked to about the item his department owns, and its 责任领导 talks to him.
const OFFICE = '陈晓燕';
const SECRETARY = '张建国';
const LEADER = '李卫东';
const SUBJECT = '刘洋';
const ITEM = '新媒体平台内容审核把关不严';
const CONTENT = '约谈人指出：新媒体平台审核把关不严，差错整改进度滞后，要求立即落实三审三校。';
const STATEMENT = '本人对审核把关不严负直接责任，诚恳接受批评，保证按期整改到位。';
const REQUIREMENTS = '一周内完成全部稿件自查，月底前修订审核发布办法并报领导小组办公室。';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The WeUI picker Taro draws on H5: open it from its row and take what it shows with 确定. */
/** Taro's H5 router slides a new page in: let it land before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(600);

async function openDetail(page: Page, app: LocalApp, id: string): Promise<void> {
  await page.goto(appUrl(app, `packages/interviews/detail/index?id=${id}`));
  await current(page).locator('.zg-iv-head').waitFor();
  await settle(page);
}

async function stateOf(page: Page): Promise<string> {
  return (await current(page).locator('.zg-iv-head .zg-tag').first().innerText()).trim();
}

async function waitForState(page: Page, label: string): Promise<void> {
  await current(page).locator('.zg-iv-head .zg-tag', { hasText: label }).first().waitFor({ timeout: 20000 });
}

/** Signs the caller's slot on the record's signing page, after showing that an empty pad and a dot are refused. */
async function signOnPad(page: Page, seed: number, shot: string): Promise<void> {
  const pad = current(page).locator('canvas.zg-sign-pad__canvas');
  await pad.waitFor();
  await settle(page);
  await tap(page, '确认签名');
  await current(page).locator('.zg-sign__warning', { hasText: '请先签名' }).waitFor();
  await dotOn(page, pad);
  await tap(page, '确认签名');
  await current(page).locator('.zg-sign__warning', { hasText: '笔迹过少' }).waitFor();
  await tap(page, '清除');
  await drawSignature(page, pad, seed);
  await screenshot(page, shot);
  await tap(page, '确认签名');
}

describe('a 约谈 goes from proposal to the filed, signed and exported record on the phones of everyone in it', () => {
  const suite = browserSuite();

  it('proposes → approves → records → both sign by hand → department opinion → files → exports a .docx with both signatures', async () => {
    // The office sees this half-year has no 约谈 yet and starts one.
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, 'pages/interviews/index'));
    await current(office).locator('.zg-notice', { hasText: '尚未开展约谈' }).waitFor();
    await current(office).locator('.zg-skeleton').waitFor({ state: 'detached' });
    await screenshot(office, 'interviews-01-tab-office-empty');
    await current(office).locator('.zg-iv-new').click();

    // 提交审批 with nothing filled: the refusal names every missing field, next to each field.
    await current(office).locator('.zg-iv-source').waitFor();
    // The recorder and the approver default to the proposer and the 书记 once the directory has come (a tap before
    // that counts as the person's own choice, and the defaults stay away).
    await current(office).locator('.zg-iv-pick', { hasText: `${OFFICE} · 办公室` }).waitFor();
    await settle(office);
    await tap(office, '提交审批');
    await current(office).locator('.zg-iv-form__problem', { hasText: '还缺少：事项来源、约谈对象、约谈人' }).waitFor();
    for (const message of ['请选择整改事项或填写事项来源', '请选择约谈对象', '请选择约谈人', '请选择约谈时间', '请填写约谈地点', '请填写约谈事由']) {
      await current(office).locator('.zg-block__error', { hasText: message }).waitFor();
    }
    await fullPageScreenshot(office, 'interviews-02-propose-missing');

    await current(office).locator('.zg-iv-pick', { hasText: '选择巡察反馈的整改事项' }).click();
    await office.locator('.zg-iv-tasks__item', { hasText: ITEM }).first().click();
    await current(office).locator('.zg-iv-pick', { hasText: '选择被约谈人' }).click();
    await office.locator('.zg-sheet .zg-check', { hasText: SUBJECT }).click();
    await current(office).locator('.zg-iv-pick', { hasText: '选择约谈人' }).click();
    await office.locator('.zg-sheet .zg-check', { hasText: LEADER }).click();
    await office.locator('.zg-sheet taro-button-core', { hasText: '确定' }).click();
    await confirmPicker(office, current(office).locator('.zg-iv-datetime__part').nth(0));
    await confirmPicker(office, current(office).locator('.zg-iv-datetime__part').nth(1));
    await current(office).locator('taro-input-core input').last().fill('党组会议室');
    await current(office).locator('textarea').fill('新媒体平台内容审核把关不严问题整改进度滞后，对责任部门负责人进行约谈。');
    expect(await current(office).locator('.zg-iv-pick', { hasText: `${OFFICE} · 办公室` }).count()).toBe(1);
    expect(await current(office).locator('.zg-iv-pick', { hasText: SECRETARY }).count()).toBe(1);
    await fullPageScreenshot(office, 'interviews-03-propose-filled');
    await tap(office, '提交审批');
    await current(office).locator('.zg-iv-head').waitFor();
    expect(await stateOf(office)).toBe('待审批');
    const id = new URL(office.url().replace('/#/', '/')).searchParams.get('id') as string;
    expect(id).toBeTruthy();
    await fullPageScreenshot(office, 'interviews-04-detail-pending-approval');

    // The secretary approves with an opinion.
    const secretary = await phoneOf(suite.browser, suite.app, SECRETARY);
    await openDetail(secretary, suite.app, id);
    await tap(secretary, '审批');
    await current(secretary).locator('.zg-choices__card', { hasText: '同意' }).click();
    await settle(secretary);
    await current(secretary).locator('textarea').fill('同意约谈，注意方式方法，谈话情况及时报领导小组。');
    await screenshot(secretary, 'interviews-05-approve');
    await tap(secretary, '提交审批意见');
    await waitForState(secretary, '已批准');

    // The 记录人 writes the record; asking for signatures with fields missing names them.
    await openDetail(office, suite.app, id);
    await tap(office, '填写记录');
    await current(office).locator('.zg-iv-commit').waitFor();
    await settle(office);
    await tap(office, '保存并请双方签字');
    await current(office).locator('.zg-iv-form__problem', { hasText: '还缺少：谈话内容、约谈对象说明/表态、整改要求、整改承诺、整改反馈期限' }).waitFor();
    await screenshot(office, 'interviews-06-record-missing');
    const texts = current(office).locator('textarea');
    await texts.nth(0).fill(CONTENT);
    await texts.nth(1).fill(STATEMENT);
    await texts.nth(2).fill(REQUIREMENTS);
    await current(office).locator('.zg-iv-commit__input input').first().fill('本周内完成近三个月稿件自查');
    await current(office).locator('.zg-iv-commit__add').click();
    await current(office).locator('.zg-iv-commit__input input').nth(1).fill('月底前修订《新媒体稿件审核发布办法》');
    await confirmPicker(office, current(office).locator('.zg-iv-pick', { hasText: '选择反馈期限' }));
    await fullPageScreenshot(office, 'interviews-07-record-filled');
    await tap(office, '保存并请双方签字');
    await waitForState(office, '待签字');

    // The 对象 finds it first on the tab, under 待我签字, and signs with the mouse.
    const subject = await phoneOf(suite.browser, suite.app, SUBJECT);
    await subject.goto(appUrl(suite.app, 'pages/interviews/index'));
    await current(subject).locator('.zg-iv-group--toSign .zg-iv-row').first().waitFor();
    await settle(subject);
    await screenshot(subject, 'interviews-08-tab-to-sign');
    await current(subject).locator('.zg-iv-group--toSign .zg-iv-row').first().click();
    await current(subject).locator('.zg-iv-head').waitFor();
    await tap(subject, '签字');
    await current(subject).locator('.zg-sign__name', { hasText: SUBJECT }).waitFor();
    await settle(subject);
    await screenshot(subject, 'interviews-09-sign-empty');
    await signOnPad(subject, 1, 'interviews-10-sign-drawn-subject');
    await current(subject).locator('.zg-iv-slot--signed', { hasText: SUBJECT }).waitFor({ timeout: 20000 });
    expect(await stateOf(subject)).toBe('待签字');

    // Nobody signs a slot that is not theirs: the secretary on the 对象's slot is turned away.
    await secretary.goto(appUrl(suite.app, `packages/interviews/sign/index?id=${id}&slot=interviewer-1`));
    await current(secretary).getByText('这不是您的签字栏').waitFor();

    // The 约谈人 signs with the phone turned sideways; the last signature seals the record.
    const leader = await phoneOf(suite.browser, suite.app, LEADER, { width: PHONE_VIEWPORT.height, height: PHONE_VIEWPORT.width });
    await leader.goto(appUrl(suite.app, `packages/interviews/sign/index?id=${id}&slot=interviewer-1`));
    await current(leader).locator('.zg-sign--landscape').waitFor();
    await settle(leader);
    await screenshot(leader, 'interviews-11-sign-landscape-empty');
    await signOnPad(leader, 2, 'interviews-12-sign-landscape-drawn');
    await current(leader).locator('.zg-iv-head').waitFor({ timeout: 20000 });
    await leader.setViewportSize(PHONE_VIEWPORT);
    await waitForState(leader, '已签字');
    await current(leader).locator('.zg-iv-seal--ok', { hasText: '已封存 · 校验一致' }).waitFor();
    expect(await current(leader).locator('.zg-iv-slot--signed img, .zg-iv-slot--signed .zg-iv-slot__image').count()).toBeGreaterThanOrEqual(2);
    await fullPageScreenshot(leader, 'interviews-13-detail-signed');

    // The office gives the department's opinion and files it.
    await openDetail(office, suite.app, id);
    await tap(office, '部门意见');
    await current(office).locator('textarea').fill('约谈程序规范，记录完整，双方已签字，同意归档。');
    await tap(office, '提交部门意见');
    await current(office).locator('.zg-fact-text__body', { hasText: '同意归档' }).waitFor();
    await tap(office, '归档');
    await office.locator('.taro-model__confirm').click();
    await waitForState(office, '已归档');
    await fullPageScreenshot(office, 'interviews-14-detail-filed');

    // On the tab, the half-year now has its 约谈 and the record shows as filed.
    const officeTab = await phoneOf(suite.browser, suite.app, OFFICE);
    await officeTab.goto(appUrl(suite.app, 'pages/interviews/index'));
    await current(officeTab).locator('.zg-iv-overview__ok', { hasText: '已开展约谈 1 次' }).waitFor();
    await current(officeTab).locator('.zg-iv-row', { hasText: '已归档' }).waitFor();
    await settle(officeTab);
    await screenshot(officeTab, 'interviews-14b-tab-office');

    // 导出记录: the .docx holds both signature images, byte for byte, and the record's text.
    await tap(office, '导出记录');
    const link = office.locator('a.zg-iv-export__link');
    await link.waitFor({ timeout: 30000 });
    await screenshot(office, 'interviews-15-export');
    const url = (await link.getAttribute('href')) as string;
    expect(await link.innerText()).toContain('.docx');
    // The link is the dev server's named download, for the phone's session: saved as 约谈记录-….docx.
    const response = await office.request.get(new URL(url, suite.app.devServer.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain(encodeURIComponent((await link.innerText()).replace(/^下载\s*/, '').trim()));
    const docx = Buffer.from(await response.body());
    const media = [...readZip(docx).entries()].filter(([name]) => /^word\/media\/[^/]+\.png$/.test(name)).map(([, bytes]) => sha256(bytes));
    const { interview } = await callAs(suite.app, OFFICE, 'interviews.get', { interviewId: id });
    expect(media.sort()).toEqual(interview.slots.map((slot) => slot.sha256 as string).sort());
    expect(media).toHaveLength(2);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const expected of [CONTENT, STATEMENT, REQUIREMENTS, '本周内完成近三个月稿件自查', `签字人：${SUBJECT}`, `签字人：${LEADER}`, '同意约谈，注意方式方法', '约谈程序规范，记录完整']) {
      expect(text).toContain(expected);
    }

    // Someone swaps the 约谈人's signature image in storage: the next read says 校验失败, in red, and names it.
    const stored = interview.slots.find((slot) => slot.slot === 'interviewer-1')?.fileID as string;
    await uploadThroughSdk(suite.app.emulator, stored.replace(/^cloud:\/\/[^/]+\//, ''), solidPng(64, [0, 0, 0]));
    await openDetail(office, suite.app, id);
    expect(await current(office).locator('.zg-iv-head .zg-tag', { hasText: '校验失败' }).count()).toBe(1);
    await current(office).locator('.zg-iv-seal--bad', { hasText: LEADER }).scrollIntoViewIfNeeded();
    await screenshot(office, 'interviews-16-detail-seal-failed');

    // A correction is a new revision at 已谈话 that needs its signatures again; the sealed one stays readable.
    await tap(office, '更正');
    await current(office).locator('textarea').fill('约谈人签名图片校验失败，重新签字确认。');
    await tap(office, '创建更正版本');
    await waitForState(office, '已谈话');
    await current(office).locator('.zg-notice', { hasText: '更正版本：更正第1版' }).waitFor();
    await current(office).locator('.zg-cell', { hasText: '第1版' }).click();
    await current(office).locator('.zg-notice', { hasText: '这是第1版，已被第2版更正' }).waitFor();
    expect(await current(office).locator('.zg-iv-slot--signed').count()).toBe(2);
    await settle(office);
    await fullPageScreenshot(office, 'interviews-16b-old-revision');
  });

  it('starts a 提醒谈话 from an overdue item with the item and its people filled in', async () => {
    const { items } = await callAs(suite.app, OFFICE, 'tasks.list', { filter: { overdueOnly: true } });
    const overdue = items[0];
    if (!overdue) throw new Error('the demo plan has no overdue item');
    const { task } = await callAs(suite.app, OFFICE, 'tasks.get', { taskId: overdue.id });
    const office = await phoneOf(suite.browser, suite.app, OFFICE);
    await office.goto(appUrl(suite.app, `packages/tasks/detail/index?id=${task.id}`));
    const entry = current(office).locator('.zg-iv-from-task');
    await entry.waitFor();
    await settle(office);
    await screenshot(office, 'interviews-17-item-overdue-entry');
    await entry.click();
    await current(office).locator('.zg-choices__card--on', { hasText: '提醒谈话' }).waitFor();
    await current(office).locator('.zg-iv-pick', { hasText: task.title }).waitFor();
    if (task.leader) await current(office).locator('.zg-iv-pick', { hasText: task.leader.name }).waitFor();
    expect(await current(office).locator('textarea').inputValue()).toContain(task.title);
    await settle(office);
    await fullPageScreenshot(office, 'interviews-18-propose-from-item');

    // A leader proposes alone: the member directory offers everyone to name.
    const leader = await phoneOf(suite.browser, suite.app, LEADER);
    await leader.goto(appUrl(suite.app, 'packages/interviews/propose/index'));
    await current(leader).locator('.zg-iv-pick').first().waitFor();
    await current(leader).locator('.zg-block', { hasText: '约谈对象' }).locator('.zg-iv-pick').click();
    await leader.locator('.zg-iv-people').getByText('孙丽', { exact: true }).waitFor();
    expect(await leader.locator('.zg-iv-people').getByText('没有可选的人员').count()).toBe(0);
    await settle(leader);
    await screenshot(leader, 'interviews-19-propose-leader');
  });
});
