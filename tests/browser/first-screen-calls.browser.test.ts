import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { current } from './support/app';
import { appUrl, phoneOf } from './support/people';
import { browserSuite } from './support/suite';

type Call = { action: string; answeredAt: number | null };
type Measured = { beforeFirstPaint: string[]; untilIdle: string[] };

// Each tab's first content: what a person waits for (the skeleton or spinner before it does not count).
const TABS = [
  { tab: '我的事项', path: 'pages/tasks/index', content: '.zg-task-row, .zg-empty' },
  { tab: '约谈', path: 'pages/interviews/index', content: '.zg-iv-row, .zg-empty' },
  { tab: '统计', path: 'pages/stats/index', content: '.zg-dash-title, .zg-dash-cadre' },
  { tab: '我的', path: 'pages/me/index', content: '.zg-profile, .zg-empty' },
] as const;

// Records every function call the page makes (the H5 transport posts to /api/functions/:name) with the moment its
// answer came, and the moment the tab's first content appears, both on the page's own clock. A call answered before
// the first content is one the person waited for; one started alongside it (the filter bar's choices) is not.
function recorder(selector: string): void {
  const win = window as unknown as { __calls: Call[]; __firstPaint: number | null };
  win.__calls = [];
  win.__firstPaint = null;
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = originalFetch(input, init);
    if (url.includes('/api/functions/') && typeof init?.body === 'string') {
      const call: Call = { action: (JSON.parse(init.body) as { action: string }).action, answeredAt: null };
      win.__calls.push(call);
      const answered = () => {
        call.answeredAt = performance.now();
      };
      answer.then(answered, answered);
    }
    return answer;
  };
  new MutationObserver(() => {
    if (win.__firstPaint === null && document.querySelector(`.taro_page_show :is(${selector})`)) win.__firstPaint = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** 我的事项 and every other tab: how many calls a phone makes before the first screen shows, per tab and person. */
describe('calls before the first screen of each tab', () => {
  const figures: Record<string, Record<string, Measured>> = {};
  const suite = browserSuite({
    finish: () => {
      mkdirSync(join(__dirname, '..', '..', '.local'), { recursive: true });
      writeFileSync(join(__dirname, '..', '..', '.local', 'first-screen-calls.json'), `${JSON.stringify(figures, null, 2)}\n`);
    },
  });

  async function measure(person: string, path: string, content: string): Promise<Measured> {
    const page = await phoneOf(suite.browser, suite.app, person);
    await page.addInitScript(recorder, content);
    await page.goto(appUrl(suite.app, path));
    await current(page).locator(content).first().waitFor();
    await page.waitForLoadState('networkidle');
    const { calls, firstPaint } = await page.evaluate(() => {
      const win = window as unknown as { __calls: Call[]; __firstPaint: number | null };
      return { calls: win.__calls, firstPaint: win.__firstPaint };
    });
    await page.context().close();
    if (firstPaint === null) throw new Error(`${path} never showed ${content}`);
    return {
      beforeFirstPaint: calls.filter((call) => call.answeredAt !== null && call.answeredAt <= firstPaint).map((call) => call.action),
      untilIdle: calls.map((call) => call.action),
    };
  }

  it.each(['刘洋', '陈晓燕', '李卫东'])('我的事项 shows its first screen after one call (tasks.list with the caller and counts), for %s', async (person) => {
    const measured = await measure(person, 'pages/tasks/index', TABS[0].content);
    (figures[person] ??= {})['我的事项'] = measured;
    expect(measured.beforeFirstPaint).toEqual(['tasks.list']);
  });

  it.each(['刘洋', '陈晓燕'])('the other tabs show their first screen, their calls counted, for %s', async (person) => {
    for (const { tab, path, content } of TABS.slice(1)) (figures[person] ??= {})[tab] = await measure(person, path, content);
    expect(Object.keys(figures[person] ?? {})).toEqual(expect.arrayContaining(['约谈', '统计', '我的']));
  });
});
