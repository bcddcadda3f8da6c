import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApp } from '../../scripts/local-app';
import type { LocalApp } from '../../scripts/local-app';
import { DEMO_PEOPLE } from '../../scripts/demo/demo-unit';

describe('the dev server: demo identities and function calls over HTTP', () => {
  let app: LocalApp;
  let base: string;
  beforeAll(async () => {
    app = await startLocalApp({
      store: { kind: 'memory' },
      functionsDir: join(__dirname, '..', '..', 'cloudfunctions'),
      h5Dir: mkdtempSync(join(tmpdir(), 'zgt-h5-')),
      port: 0,
      emulatorPort: 0,
    });
    base = app.devServer.url;
  });
  afterAll(async () => {
    await app.close();
  });

  async function loginAs(name: string): Promise<string> {
    const members = (await (await fetch(`${base}/dev/members`)).json()) as { id: string; name: string }[];
    const member = members.find((candidate) => candidate.name === name);
    const response = await fetch(`${base}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ memberId: member?.id }) });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  }

  function callApi(body: unknown, cookie?: string): Promise<Response> {
    return fetch(`${base}/api/functions/api`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  }

  it('seeds the demo unit once and lists every demo person with Chinese names and roles', async () => {
    expect(app.seeded).toBe(true);
    const members = (await (await fetch(`${base}/dev/members`)).json()) as { id: string; name: string; roles: string[] }[];
    expect(members.map((member) => member.name).sort()).toEqual(DEMO_PEOPLE.map((person) => person.name).sort());
    for (const role of ['secretary', 'leader', 'office', 'cadre']) expect(members.some((member) => member.roles.includes(role))).toBe(true);
    expect(Object.keys(members[0] ?? {}).sort()).toEqual(['id', 'name', 'roles']);
  });

  it('seeds the demo plan through the import, its items under the roster’s departments', async () => {
    // The office sees every item; a cadre's plans.get shows only their own (issue 13, finding 7).
    const cookie = await loginAs('陈晓燕');
    const list = (await (await callApi({ action: 'plans.list', input: {} }, cookie)).json()) as { data: { plans: { id: string; title: string; taskCount: number; planDate: string }[] } };
    expect(list.data.plans).toEqual([expect.objectContaining({ title: expect.stringContaining('青山县融媒体中心'), taskCount: 11, planDate: '2026-08-20' })]);
    const plan = (await (await callApi({ action: 'plans.get', input: { planId: list.data.plans[0]?.id } }, cookie)).json()) as { data: { aspects: { tasks: { departmentNames: string[] }[] }[] } };
    expect(plan.data.aspects.map((aspect) => aspect.tasks.length)).toEqual([4, 4, 3]);
  });

  it('serves the login page listing the people', async () => {
    const html = await (await fetch(`${base}/dev/login`)).text();
    for (const person of DEMO_PEOPLE) expect(html).toContain(person.name);
  });

  it('invokes the api function as the logged-in person', async () => {
    const cookie = await loginAs('赵磊');
    const answer = (await (await callApi({ action: 'auth.me', input: {} }, cookie)).json()) as { ok: boolean; data: { member: { name: string; roles: string[] } } };
    expect(answer).toMatchObject({ ok: true, data: { member: { name: '赵磊', roles: ['cadre'] } } });
  });

  it('answers UNAUTHENTICATED from the function itself without a session', async () => {
    const response = await callApi({ action: 'auth.me', input: {} });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('ignores an identity smuggled in the request body', async () => {
    const cookie = await loginAs('赵磊');
    const answer = await (await callApi({ action: 'auth.me', input: {}, OPENID: 'demo-zhangjianguo', userInfo: { openId: 'demo-zhangjianguo' } }, cookie)).json();
    expect(answer).toMatchObject({ ok: true, data: { member: { name: '赵磊' } } });
  });

  it('gives a fresh unbound identity that can bind with an invite issued by the office', async () => {
    const office = await loginAs('陈晓燕');
    const created = (await (await callApi({ action: 'roster.upsertMember', input: { name: '新同事', roles: ['cadre'] } }, office)).json()) as { data: { member: { id: string } } };
    const invite = (await (await callApi({ action: 'roster.issueInvite', input: { memberId: created.data.member.id } }, office)).json()) as { data: { code: string } };
    const fresh = await fetch(`${base}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fresh: true }) });
    const cookie = (fresh.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(await (await callApi({ action: 'auth.me', input: {} }, cookie)).json()).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    expect(await (await callApi({ action: 'auth.bind', input: { code: invite.data.code } }, cookie)).json()).toMatchObject({ ok: true, data: { member: { name: '新同事' } } });
  });

  it('refuses bad requests with clear statuses', async () => {
    expect((await fetch(`${base}/dev/login`, { method: 'POST', body: JSON.stringify({ memberId: 'nobody' }) })).status).toBe(404);
    expect((await fetch(`${base}/dev/login`, { method: 'POST', body: '{oops' })).status).toBe(400);
    expect((await fetch(`${base}/api/functions/api`, { method: 'GET' })).status).toBe(405);
    expect((await fetch(`${base}/api/functions/..%2Fetc`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('lists the subscription outbox as JSON', async () => {
    const response = await fetch(`${base}/dev/outbox`);
    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
  });
});

describe('uploads from the H5 app', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startLocalApp({ store: { kind: 'memory' }, functionsDir: join(__dirname, '..', '..', 'cloudfunctions'), h5Dir: mkdtempSync(join(tmpdir(), 'zgt-h5-')), port: 0, emulatorPort: 0 });
  });
  afterAll(async () => {
    await app.close();
  });

  async function session(): Promise<string> {
    const response = await fetch(`${app.devServer.url}/dev/login`, { method: 'POST', body: JSON.stringify({ fresh: true }) });
    return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  }

  it('stores the bytes in the local cloud and answers a fileID the functions can read', async () => {
    const members = (await (await fetch(`${app.devServer.url}/dev/members`)).json()) as { id: string; name: string }[];
    const office = members.find((member) => member.name === '陈晓燕');
    const login = await fetch(`${app.devServer.url}/dev/login`, { method: 'POST', body: JSON.stringify({ memberId: office?.id }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const plan = ['一、作风建设方面', '问题1：会议偏多。', '整改措施：精简会议。', '责任部门：办公室', '整改时限：立行立改'].join('\n');
    const response = await fetch(`${app.devServer.url}/api/storage/upload?cloudPath=${encodeURIComponent('uploads/plans/202611/方案.txt')}`, { method: 'POST', headers: { cookie }, body: plan });
    expect(response.status).toBe(200);
    const { fileID } = (await response.json()) as { fileID: string };
    expect(fileID).toMatch(/^cloud:\/\/.+\/uploads\/plans\/202611\/方案\.txt$/);
    const preview = await fetch(`${app.devServer.url}/api/functions/api`, { method: 'POST', headers: { cookie }, body: JSON.stringify({ action: 'plans.preview', input: { fileID } }) });
    expect(await preview.json()).toMatchObject({ ok: true, data: { plan: { aspects: [{ title: '作风建设方面', problems: [{ title: '会议偏多' }] }] } } });
  });

  it('refuses uploads without a session, from a WeChat user not bound, and paths outside uploads/', async () => {
    expect((await fetch(`${app.devServer.url}/api/storage/upload?cloudPath=uploads/a.txt`, { method: 'POST', body: 'x' })).status).toBe(401);
    expect((await fetch(`${app.devServer.url}/api/storage/upload?cloudPath=uploads/a.txt`, { method: 'POST', headers: { cookie: await session() }, body: 'x' })).status).toBe(403);
    const members = (await (await fetch(`${app.devServer.url}/dev/members`)).json()) as { id: string }[];
    const login = await fetch(`${app.devServer.url}/dev/login`, { method: 'POST', body: JSON.stringify({ memberId: members[0]?.id }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    for (const path of ['signatures/a.png', 'uploads/../x', '']) {
      expect((await fetch(`${app.devServer.url}/api/storage/upload?cloudPath=${encodeURIComponent(path)}`, { method: 'POST', headers: { cookie }, body: 'x' })).status).toBe(400);
    }
  });

  it('answers malformed requests 400 (or 404) with a Chinese message and no internals', async () => {
    const base = app.devServer.url;
    const nested = `${'{"input":'.repeat(5000)}{}${'}'.repeat(5000)}`;
    const cases: [Promise<Response>, number, string][] = [
      [fetch(`${base}/api/functions/api`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"action":"auth.me","input":${nested}}` }), 400, '嵌套层级过深'],
      [fetch(`${base}/api/functions/nosuchfunction`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 404, '没有这个云函数'],
      [fetch(`${base}/%`), 400, '请求地址不合法'],
      [fetch(`${base}/api/functions/api`, { method: 'POST', body: '{"action":' }), 400, '不是合法的 JSON'],
    ];
    for (const [request, status, words] of cases) {
      const response = await request;
      const text = await response.text();
      expect([response.status, text]).toEqual([status, expect.stringContaining(words)]);
      expect(text).not.toMatch(/\/work\/|node_modules|Error:|at \w+ \(/);
    }
  });

  it('serves a stored file under its real name, only from the local cloud and only to a session', async () => {
    const members = (await (await fetch(`${app.devServer.url}/dev/members`)).json()) as { id: string; name: string }[];
    const office = members.find((member) => member.name === '陈晓燕');
    const login = await fetch(`${app.devServer.url}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ memberId: office?.id }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const exported = await fetch(`${app.devServer.url}/api/functions/exports`, { method: 'POST', headers: { cookie }, body: JSON.stringify({ action: 'exports.ledger', input: {} }) });
    const { data } = (await exported.json()) as { data: { url: string; fileName: string } };
    const named = (url: string, name: string) => `${app.devServer.url}/api/storage/download?url=${encodeURIComponent(url)}&name=${encodeURIComponent(name)}`;
    const response = await fetch(named(data.url, data.fileName), { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${data.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(data.fileName)}`);
    expect(data.fileName).toMatch(/^整改台账.*\.xlsx$/);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await fetch(named(data.url, data.fileName))).status).toBe(401);
    expect((await fetch(named('https://example.com/x.xlsx', 'x.xlsx'), { headers: { cookie } })).status).toBe(400);
    expect((await fetch(named(data.url, '../x.xlsx'), { headers: { cookie } })).status).toBe(400);
  });
});
