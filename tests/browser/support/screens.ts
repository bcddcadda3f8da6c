import type { Page } from 'playwright-core';
import { PHONE_VIEWPORT, screenshot } from './app';

/**
 * The whole page, not just the first screen: Taro's H5 pages scroll inside their own box, between the title bar (40 px)
 * and the tab bar, so Playwright's fullPage sees one viewport. Grow the viewport until the box holds the whole page —
 * its content plus the bars around it — for the shot, then put the phone back.
 */
export async function fullPageScreenshot(page: Page, name: string): Promise<string> {
  const viewport = page.viewportSize() ?? PHONE_VIEWPORT;
  const height = await page.evaluate(() => {
    // The page on top: the router keeps the ones below in the DOM, hidden.
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((element) => element.offsetParent !== null || getComputedStyle(element).display !== 'none');
    const box = shown[shown.length - 1];
    return box ? box.scrollHeight + (window.innerHeight - box.clientHeight) : window.innerHeight;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 6000) });
  await page.waitForTimeout(300);
  try {
    return await screenshot(page, name);
  } finally {
    await page.setViewportSize(viewport);
  }
}
