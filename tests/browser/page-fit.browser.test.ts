import type { Page } from 'playwright-core';
import { current, PHONE_VIEWPORT, screenshot } from './support/app';
import { appUrl, phoneOf } from './support/people';
import { browserSuite } from './support/suite';

const OFFICE = '陈晓燕';
// A smaller iPhone beside the default one: the title bar's 40 px weigh more on a short screen.
const SCREENS = [PHONE_VIEWPORT, { width: 375, height: 667 }];

type Placement = { text: string; top: number; bottom: number; screenBottom: number; tappable: boolean };

/**
 * Scrolls the page on top to its end (each H5 page scrolls in its own box, under Taro's title bar) and tells where the
 * last `selector` element sits: its edges, the bottom of what the person sees (the tab bar's top on a tab page), and
 * whether a tap on its middle reaches it rather than the tab bar or nothing.
 */
async function lastAtEnd(page: Page, selector: string): Promise<Placement> {
  const scrolled = `(() => {
    const pages = document.querySelectorAll('.taro_page.taro_page_show');
    const box = pages[pages.length - 1];
    box.scrollTop = box.scrollHeight;
    return box.scrollTop;
  })()`;
  // Until the page has stopped growing: sections that arrive late push the end further down.
  await page.waitForLoadState('networkidle');
  let previous = -1;
  for (let at = await page.evaluate(scrolled); at !== previous; at = (await page.evaluate(scrolled)) as number) {
    previous = at as number;
    await page.waitForTimeout(300);
  }
  return page.evaluate(`(() => {
    const pages = document.querySelectorAll('.taro_page.taro_page_show');
    const box = pages[pages.length - 1];
    const shown = Array.from(box.querySelectorAll(${JSON.stringify(selector)})).filter((element) => element.getBoundingClientRect().height > 0);
    const last = shown[shown.length - 1];
    const edges = last.getBoundingClientRect();
    const tabBar = document.querySelector('.taro-tabbar__tabbar:not(.taro-tabbar__tabbar-hide)');
    const screenBottom = tabBar && tabBar.getBoundingClientRect().height > 0 ? tabBar.getBoundingClientRect().top : window.innerHeight;
    const hit = document.elementFromPoint(edges.left + edges.width / 2, edges.top + edges.height / 2);
    return { text: last.textContent.trim(), top: edges.top, bottom: edges.bottom, screenBottom, tappable: Boolean(hit && (hit === last || last.contains(hit))) };
  })()`);
}

function expectOnScreen(placement: Placement, text: string): void {
  expect(placement.text).toContain(text);
  // Within a pixel: rows are laid out in fractions of one.
  expect(placement.bottom).toBeLessThanOrEqual(placement.screenBottom + 1);
  expect(placement.tappable).toBe(true);
}

describe('H5: the end of a long page is on the screen, below the title bar and above the tab bar', () => {
  const suite = browserSuite();

  it.each(SCREENS)('a tab page (我的) at $width×$height: its last row is above the tab bar', async (viewport) => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE, viewport);
    await office.goto(appUrl(suite.app, 'pages/me/index'));
    await current(office).getByText('切换演示身份').waitFor();
    expectOnScreen(await lastAtEnd(office, '.zg-cell'), '切换演示身份');
    await screenshot(office, `page-fit-tab-${viewport.height}`);
    await office.close();
  });

  it.each(SCREENS)('a page opened from a list (an item) at $width×$height: its buttons and its last record show', async (viewport) => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE, viewport);
    await office.goto(appUrl(suite.app, 'pages/tasks/index'));
    await current(office).locator('.zg-task-row').first().click();
    await current(office).locator('.zg-timeline__item').first().waitFor();
    await office.waitForTimeout(500); // the page slides in
    expectOnScreen(await lastAtEnd(office, '.zg-action-bar taro-button-core'), '');
    // The bottom bar covers nothing: the item's last record ends above it.
    const record = await lastAtEnd(office, '.zg-timeline__item');
    const bar = await lastAtEnd(office, '.zg-action-bar');
    expect(record.bottom).toBeLessThanOrEqual(bar.top);
    await screenshot(office, `page-fit-item-${viewport.height}`);
    await office.close();
  });

  it.each(SCREENS)('a long form (发起约谈) at $width×$height: its last button is reachable', async (viewport) => {
    const office = await phoneOf(suite.browser, suite.app, OFFICE, viewport);
    await office.goto(appUrl(suite.app, 'pages/interviews/index'));
    await current(office).locator('.zg-iv-new').click();
    await current(office).locator('.zg-iv-source').waitFor();
    await office.waitForTimeout(500);
    expectOnScreen(await lastAtEnd(office, 'taro-button-core'), '保存草稿');
    await screenshot(office, `page-fit-form-${viewport.height}`);
    await office.close();
  });
});
