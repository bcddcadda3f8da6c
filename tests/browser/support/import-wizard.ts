import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** A plan as the office pastes it: one of its problems has no 责任领导, a warning the preview asks to correct. */
export const INLINE_PLAN = readFileSync(join(__dirname, '..', '..', 'fixtures', 'plans', 'inline-plan.txt'), 'utf8');
export const UNLED_PROBLEM = '执行中央八项规定精神不严格';

/** In the import's preview: the office names the unled problem's 责任领导 in its edit sheet; answers the problem's card. */
export async function nameUnledLeader(page: Page, leader: string): Promise<Locator> {
  const card = page.locator('.zg-problem', { hasText: UNLED_PROBLEM });
  await card.getByText('修改', { exact: true }).click();
  const sheet = page.locator('.zg-problem-sheet');
  await sheet.locator('input[placeholder="填写姓名"]').fill(leader);
  await sheet.getByText('完成', { exact: true }).click();
  await card.getByText(leader).waitFor();
  return card;
}
