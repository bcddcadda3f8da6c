import type { Browser } from 'playwright-core';
import type { LocalApp } from '../../../scripts/local-app';
import { launchBrowser, startTestApp } from './app';

/** The app and the browser of one describe block, there from its beforeAll to its afterAll. */
export interface BrowserSuite {
  readonly app: LocalApp;
  readonly browser: Browser;
}

type SuiteOptions = {
  /** Another way to start the app (e.g. without an H5 build); the test app by default. */
  startApp?: () => Promise<LocalApp>;
  /** What every test of the block needs, arranged once the app and the browser are up. */
  arrange?: (suite: BrowserSuite) => Promise<void>;
  /** Runs once the browser and the app are closed (e.g. writing what the tests measured, removing a folder). */
  finish?: () => void | Promise<void>;
  /** beforeAll's timeout, for an `arrange` that imports a large plan. */
  timeoutMs?: number;
};

/**
 * Registers the block's beforeAll/afterAll: the app on the local cloud (in memory, free ports), Debian's Chromium,
 * and both closed afterwards even when the start failed half-way. Call it inside `describe`.
 */
export function browserSuite(options: SuiteOptions = {}): BrowserSuite {
  let app: LocalApp | undefined;
  let browser: Browser | undefined;
  const suite: BrowserSuite = {
    get app() {
      if (!app) throw new Error('the app is not started: use the suite inside a test');
      return app;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched: use the suite inside a test');
      return browser;
    },
  };
  beforeAll(async () => {
    app = await (options.startApp ?? startTestApp)();
    browser = await launchBrowser();
    await options.arrange?.(suite);
  }, options.timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await options.finish?.();
  });
  return suite;
}
