import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalApp } from '../../scripts/local-app';
import { openPhone, screenshot } from './support/app';
import { browserSuite } from './support/suite';

// Not among the demo's data: the demo imports scripts/demo/sample-plan.txt only.
const PLAN = readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'inline-plan.txt'), 'utf8');
const PLAN_TITLE = '县林业局党组巡察整改落实方案';
const UNLED_PROBLEM = '执行中央八项规定精神不严格';

async function loginAsOffice(app: LocalApp, page: Page): Promise<void> {
  await page.goto(`${app.devServer.url}/dev/login`);
  await page.getByRole('button', { name: /陈晓燕/ }).click();
  await page.waitForURL(/pages\/me\/index/);
}

/** From 我的 → 整改方案 → 导入方案, as the office would find it. */
async function openImportPage(page: Page): Promise<void> {
  await page.getByText('整改方案', { exact: true }).first().click();
  await page.getByText('导入方案', { exact: true }).click();
  await page.getByText('方案来源').waitFor();
}

async function pastePlan(page: Page, text: string): Promise<void> {
  await page.locator('.zg-source__text textarea').fill(text);
}

/** Taro's H5 date picker: a tap on the row above the selected one in the year column moves it a year back. */
async function movePlanDateOneYearBack(page: Page): Promise<void> {
  await page.locator('.zg-source__date-row').click();
  const years = page.locator('.weui-picker__group').first();
  await years.waitFor();
  await page.waitForTimeout(400); // the sheet slides up
  const box = await years.boundingBox();
  if (!box) throw new Error('the date picker did not open');
  const centre = box.y + box.height / 2;
  await page.mouse.click(box.x + box.width / 2, centre - 34);
  await page.waitForTimeout(400);
  await page.locator('.weui-picker__action', { hasText: '确定' }).click();
}

describe('the office imports a rectification plan on the phone', () => {
  const suite = browserSuite();

  it('pastes the text, sets the plan date, fixes a flagged field in the preview, confirms the names and lands on the plan', async () => {
    const page = await openPhone(suite.browser);
    await loginAsOffice(suite.app, page);
    await openImportPage(page);
    await pastePlan(page, PLAN);

    const shownDate = page.locator('.zg-source__date-value');
    const today = await shownDate.innerText();
    const [, year, rest] = /^(\d{4})(年.*)$/.exec(today) ?? [];
    await movePlanDateOneYearBack(page);
    await page.getByText(`${Number(year) - 1}${rest}`, { exact: true }).waitFor();
    await screenshot(page, 'import-1-source');

    await page.getByText('解析并预览', { exact: true }).click();
    await page.locator('.zg-review__summary').waitFor();
    expect(await page.locator('.zg-review__title-input textarea').inputValue()).toBe(PLAN_TITLE);
    expect(await page.locator('.zg-problem').count()).toBe(3);

    // The plan leaves this problem's 责任领导 blank: the warning sits on its card, by the field.
    const card = page.locator('.zg-problem', { hasText: UNLED_PROBLEM });
    await card.scrollIntoViewIfNeeded();
    await card.getByText('未填写责任领导，请补填').waitFor();
    expect(await page.locator('.zg-problem', { hasText: '未填写责任领导' }).count()).toBe(1);
    await page.waitForTimeout(300);
    await screenshot(page, 'import-2-preview-warning');

    await card.getByText('修改', { exact: true }).click();
    const sheet = page.locator('.zg-problem-sheet');
    await sheet.getByText('未填写责任领导，请补填').waitFor();
    await sheet.locator('input[placeholder="填写姓名"]').fill('王秀兰');
    await sheet.getByText('未填写责任领导，请补填').waitFor({ state: 'detached' });
    await screenshot(page, 'import-3-edit-sheet');
    await sheet.getByText('完成', { exact: true }).click();
    await card.getByText('王秀兰').waitFor();
    expect(await card.getByText('未填写责任领导').count()).toBe(0);

    await page.getByText(/^下一步/).click();
    await page.getByText('责任部门（').waitFor();
    // A name the office typed is matched to the roster like the plan's own names.
    await page.locator('.zg-name', { hasText: '王秀兰' }).getByText('对应到成员「王秀兰」', { exact: false }).waitFor();
    await page.locator('.zg-name', { hasText: '资源管理股' }).getByText('导入时新建部门「资源管理股」').waitFor();
    await page.locator('.zg-name', { hasText: '各林业站' }).getByText('不对应部门，事项中按原文显示').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'import-4-names');

    await page.getByText('确认导入 3 项').click();
    await page.getByText('3 项整改事项已导入').waitFor();
    await page.getByText('已新建 1 个部门：资源管理股').waitFor();
    await screenshot(page, 'import-5-done');

    await page.getByText('查看方案', { exact: true }).click();
    await page.locator('.zg-plan-head').waitFor();
    await page.locator('.zg-plan-head__title', { hasText: PLAN_TITLE }).waitFor();
    expect(await page.locator('.zg-plan-task').count()).toBe(3);
    expect(await page.locator('.zg-plan-task', { hasText: UNLED_PROBLEM }).innerText()).toContain('王秀兰');
    await page.waitForTimeout(300);
    await screenshot(page, 'import-6-plan');
  });

  it('shows each measure with its own 责任人 and has the office confirm them like the leaders', async () => {
    const page = await openPhone(suite.browser);
    await loginAsOffice(suite.app, page);
    await openImportPage(page);
    await pastePlan(page, readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'owners-plan.txt'), 'utf8'));
    await page.getByText('解析并预览', { exact: true }).click();
    await page.locator('.zg-review__summary').waitFor();
    expect(await page.locator('.zg-problem').count()).toBe(4);

    const first = page.locator('.zg-problem', { hasText: '理论学习中心组学习不够深入' });
    await first.getByText('责任人：吴丽 · 时限：2025年3月底前').waitFor();
    expect(await first.getByText('责任人：周海', { exact: true }).count()).toBe(2);
    // The post is kept apart from the name, so the name can match the roster.
    await first.getByText('李文斌：镇党委副书记、镇长').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'import-9-measure-owners');

    await page.getByText(/^下一步/).click();
    await page.getByText('措施责任人（').waitFor();
    const owners = page.locator('.zg-name', { hasText: '孙敏' });
    await owners.getByText('不对应成员，事项中按原文显示').waitFor();
    await owners.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, 'import-10-owner-names');

    await page.getByText('确认导入 4 项').click();
    await page.getByText('4 项整改事项已导入').waitFor();
  });

  it('tells the office a plan is in already instead of offering to import it again', async () => {
    const page = await openPhone(suite.browser);
    await loginAsOffice(suite.app, page);
    await openImportPage(page);
    await pastePlan(page, readFileSync(join(__dirname, '..', '..', 'scripts', 'demo', 'sample-plan.txt'), 'utf8'));
    await page.getByText('解析并预览', { exact: true }).click();
    await page.getByText('这份方案已经导入过').waitFor();
    expect(await page.getByText(/^下一步/).count()).toBe(0);
    await screenshot(page, 'import-7-already-imported');
    await page.locator('.zg-bottom-bar').getByText('查看已导入的方案').click();
    await page.locator('.zg-plan-head__title', { hasText: '青山县融媒体中心' }).waitFor();
    expect(await page.locator('.zg-plan-task').count()).toBe(11);
  });

  it('uploads a chosen file and previews it, and says in Chinese when a file is not a readable plan', async () => {
    const page = await openPhone(suite.browser);
    await loginAsOffice(suite.app, page);
    await openImportPage(page);
    await page.getByText('选择文件', { exact: true }).click();

    const chooseFile = async (path: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.locator('.zg-source__pick, .zg-source__file .zg-source__link').first().click();
      await (await chooser).setFiles(path);
    };
    const folder = mkdtempSync(join(tmpdir(), 'zgt-plan-'));
    const broken = join(folder, '整改方案.docx');
    writeFileSync(broken, 'not a zip, just text with a .docx name');
    await chooseFile(broken);
    await page.getByText('整改方案.docx').waitFor();
    await page.getByText('解析并预览', { exact: true }).click();
    await page.locator('.zg-source__error', { hasText: '这份 .docx 文件已损坏，无法读取' }).waitFor();
    await screenshot(page, 'import-8-file-refused');

    await chooseFile(join(__dirname, '..', 'fixtures', 'plans', 'numbered-problem-plan.txt'));
    await page.getByText('numbered-problem-plan.txt').waitFor();
    await page.getByText('解析并预览', { exact: true }).click();
    await page.locator('.zg-review__summary').waitFor();
    expect(await page.locator('.zg-review__title-input textarea').inputValue()).toBe('县市场监督管理局党组巡察整改方案');
    expect(await page.locator('.zg-problem').count()).toBe(3);
  });
});
