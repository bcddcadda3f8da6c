import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { startLocalApp } from '../../../scripts/local-app';
import type { LocalApp } from '../../../scripts/local-app';

const root = join(__dirname, '..', '..', '..');
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join(root, '.local', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another build's output can be tested without touching dist-h5/ (e.g. a copy kept while someone else rebuilds).
const H5_DIR = process.env.H5_DIR ?? join(root, 'dist-h5');

/** The app as `npm start` runs it, but in memory and on free ports, so tests never touch a developer's data. */
export async function startTestApp(): Promise<LocalApp> {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error(`${H5_DIR} is missing: run npm run build:h5 first`);
  return startLocalApp({
    store: { kind: 'memory' },
    functionsDir: join(root, 'cloudfunctions'),
    h5Dir: H5_DIR,
    port: 0,
    emulatorPort: 0,
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** An iPhone-sized screen held upright: 375 CSS px wide, the width WeUI and the app's styles are drawn for. */
export const PHONE_VIEWPORT = { width: 375, height: 812 };

/** A phone-sized page (PHONE_VIEWPORT). */
export async function openPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  return context.newPage();
}

/** The page on top: Taro's H5 router keeps the pages below in the DOM, hidden. */
export const current = (page: Page): Locator => page.locator('.taro_page.taro_page_show').last();

/** Taps the first button on the page on top that reads `text`. */
export async function tap(page: Page, text: string): Promise<void> {
  await current(page).locator('taro-button-core', { hasText: text }).first().click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Taro's H5 picker, opened from `opener`: 确定 takes what it shows (the day it opens on, 09:00 for a time). */
export async function confirmPicker(page: Page, opener: Locator): Promise<void> {
  await opener.click();
  const confirm = page.locator('.weui-picker__action:visible', { hasText: '确定' });
  await confirm.waitFor();
  await page.waitForTimeout(300); // the sheet slides up
  await confirm.click();
  await confirm.waitFor({ state: 'hidden' });
}

/** Answers yes to the browser's own dialogs (the leave-page question of a form with a draft); the kinds asked, in order. */
export function acceptDialogs(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  return asked;
}
