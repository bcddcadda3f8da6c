import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApp } from '../../scripts/local-app';
import { openPhone } from './support/app';
import { browserSuite } from './support/suite';

const root = join(__dirname, '..', '..');

/** What the cadre's page tries once the office opens it: make the cadre office + secretary, and read every record. */
const ATTACK_HTML = (devUrl: string, cloudUrl: string, cadreId: string, departmentId: string) => `<!doctype html><html><body><script>
  document.title = 'ran';
  fetch('${devUrl}/api/functions/api', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ action: 'roster.upsertMember', input: { id: '${cadreId}', name: '孙丽', title: '财务室会计', roles: ['office', 'secretary', 'cadre'], departmentIds: ['${departmentId}'] } }) });
  fetch('${cloudUrl}/_emulator/collections/interviews').then((r) => r.text()).then((t) => { document.title = 'read:' + t.length; });
</script></body></html>`;

interface DemoMember {
  id: string;
  name: string;
  roles: string[];
}

/**
 * Finding 1, as it happened: a cadre's HTML "attachment" opened in Chromium by the office, who is signed in to the
 * app. The file must not run as a page, and even a page of the local cloud's origin cannot act with the session.
 */
describe('a cadre’s HTML attachment opened by the office', () => {
  // An empty H5 folder: the attack never opens the app's pages, so the suite needs no build.
  let h5Dir = '';
  const suite = browserSuite({
    startApp: () => {
      h5Dir = mkdtempSync(join(tmpdir(), 'zgt-h5-'));
      return startLocalApp({ store: { kind: 'memory' }, functionsDir: join(root, 'cloudfunctions'), h5Dir, port: 0, emulatorPort: 0 });
    },
    finish: () => {
      if (h5Dir) rmSync(h5Dir, { recursive: true, force: true });
    },
  });

  const members = async (): Promise<DemoMember[]> => (await (await fetch(`${suite.app.devServer.url}/dev/members`)).json()) as DemoMember[];

  it('is never a page with the app’s session: downloaded, not run, and the roster does not change', async () => {
    const people = await members();
    const cadre = people.find((person) => person.name === '孙丽') as DemoMember;
    const office = people.find((person) => person.name === '陈晓燕') as DemoMember;
    const login = await fetch(`${suite.app.devServer.url}/dev/login`, { method: 'POST', body: JSON.stringify({ memberId: cadre.id }) });
    const cadreCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const departments = (await (await fetch(`${suite.app.emulator.url}/_emulator/collections/departments`)).json()) as { _id: string; name: string }[];
    const finance = departments.find((department) => department.name === '财务室')?._id as string;

    // The cadre uploads the page as a draft, as the app's upload would.
    const html = ATTACK_HTML(suite.app.devServer.url, suite.app.emulator.url, cadre.id, finance);
    const uploaded = await fetch(`${suite.app.devServer.url}/api/storage/upload?cloudPath=${encodeURIComponent('uploads/interviews/iv1/整改说明.html')}`, { method: 'POST', headers: { cookie: cadreCookie }, body: html });
    const { fileID } = (await uploaded.json()) as { fileID: string };
    Object.assign(process.env, suite.app.emulator.sdkEnv());
    const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
    const { fileList } = (await sdk.getTempFileURL({ fileList: [fileID] })) as { fileList: { tempFileURL: string }[] };
    const url = encodeURI(fileList[0]?.tempFileURL as string);

    // The office, signed in, opens it.
    const page = await openPhone(suite.browser);
    await page.goto(`${suite.app.devServer.url}/dev/login`);
    await page.evaluate(async (memberId) => {
      await fetch('/dev/login', { method: 'POST', body: JSON.stringify({ memberId }) });
    }, office.id);
    const functionCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/functions/') || request.url().includes('/_emulator/')) functionCalls.push(request.url());
    });
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await page.goto(url).catch(() => undefined);
    expect((await download).suggestedFilename()).toBe('整改说明.html');
    expect(functionCalls).toEqual([]);

    // Even script that does run on the local cloud's origin (here: injected into an image page) cannot use the session.
    const image = await sdk.uploadFile({ cloudPath: 'uploads/interviews/iv1/p.png', fileContent: Buffer.from('89504e470d0a1a0a', 'hex') });
    const imageUrl = ((await sdk.getTempFileURL({ fileList: [(image as { fileID: string }).fileID] })) as { fileList: { tempFileURL: string }[] }).fileList[0]?.tempFileURL as string;
    await page.goto(encodeURI(imageUrl));
    const answers = await page.evaluate(
      async ({ devUrl, cloudUrl, body }) => {
        const call = await fetch(`${devUrl}/api/functions/api`, { method: 'POST', mode: 'no-cors', credentials: 'include', body }).then(() => 'sent', () => 'refused');
        const read = await fetch(`${cloudUrl}/_emulator/collections/interviews`).then((response) => String(response.status), () => 'refused');
        return { call, read };
      },
      { devUrl: suite.app.devServer.url, cloudUrl: suite.app.emulator.url, body: JSON.stringify({ action: 'roster.upsertMember', input: { id: cadre.id, name: '孙丽', title: '财务室会计', roles: ['office', 'secretary', 'cadre'], departmentIds: [finance] } }) },
    );
    expect(answers.read === 'refused' || answers.read === '403').toBe(true);
    expect((await members()).find((person) => person.id === cadre.id)?.roles).toEqual(['cadre']);
  });
});
