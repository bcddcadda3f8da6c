import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROLES, roleSchema } from '../core/roles';
import { renderLoginPage } from './login-page';
import type { DemoMember } from './login-page';
import { SESSION_COOKIE, SessionStore, clearedSessionCookie, readCookie, sessionCookie } from './sessions';
import { DownloadRefused, sendNamedDownload } from './downloads';
import { serveStatic } from './static-files';
import { MAX_UPLOAD_BYTES, UploadRefused, uploadToLocalCloud } from './uploads';

/** What the dev server needs of the local cloud: the emulator satisfies it. */
export interface DevCloud {
  url: string;
  envId: string;
  invokeFunction(name: string, event: unknown, wxContext?: { OPENID?: string; APPID?: string; SOURCE?: string }): Promise<unknown>;
  outbox: { list(): unknown[] };
}

export interface DevServerOptions {
  cloud: DevCloud;
  h5Dir: string;
  port?: number;
  host?: string;
  appid?: string;
}

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 12 * 1024 * 1024;
const FUNCTION_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, '文件或请求过大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Deeper than any action's input; a body nested thousands deep would only exhaust the function's stack. */
const MAX_JSON_DEPTH = 32;

/** Whether `value` nests objects/arrays deeper than `limit`; iterative, so the check itself cannot overflow. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request, MAX_BODY_BYTES)).toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, '请求体不是合法的 JSON');
  }
  if (nestedDeeperThan(parsed, MAX_JSON_DEPTH)) throw new HttpError(400, '请求内容嵌套层级过深');
  return parsed;
}

function isEmulatorErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Bound members, read straight from the local cloud's database: the people one can "be" locally. */
async function listDemoMembers(cloud: DevCloud): Promise<(DemoMember & { openid: string })[]> {
  const response = await fetch(`${cloud.url}/_emulator/collections/members`);
  if (response.status === 404) return [];
  if (!response.ok) throw new HttpError(502, `本地云未响应（${response.status}）`);
  const body = (await response.json()) as unknown;
  const documents = (Array.isArray(body) ? body : ((body as { documents?: unknown[] }).documents ?? [])) as Record<string, unknown>[];
  return documents
    .filter((document) => typeof document.openid === 'string' && document.active !== false)
    .map((document) => ({
      id: String(document._id),
      name: String(document.name),
      title: typeof document.title === 'string' ? document.title : null,
      roles: (Array.isArray(document.roles) ? document.roles : []).flatMap((role) => {
        const parsed = roleSchema.safeParse(role);
        return parsed.success ? [parsed.data] : [];
      }),
      openid: document.openid as string,
    }))
    .sort((a, b) => rolePriority(a.roles) - rolePriority(b.roles) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Adds (or removes) an emulator fault rule: every subscription message to `openid` answers 43101. */
async function refuseSubscriptions(cloud: DevCloud, openid: string, refuse: boolean): Promise<{ refusing: boolean }> {
  const match = { action: 'wx.openApi', apiName: 'subscribeMessage.send', touser: openid };
  const rules = (await (await fetch(`${cloud.url}/_emulator/faults`)).json()) as { id: string; match: typeof match }[];
  for (const rule of rules.filter((candidate) => candidate.match.touser === openid && candidate.match.apiName === match.apiName)) {
    await fetch(`${cloud.url}/_emulator/faults/${rule.id}`, { method: 'DELETE' });
  }
  if (refuse) {
    const added = await fetch(`${cloud.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ match, reply: { errcode: 43101, errmsg: 'user refuse to accept the msg' } }) });
    if (!added.ok) throw new HttpError(502, `本地云未接受故障规则（${added.status}）`);
  }
  return { refusing: refuse };
}

function rolePriority(roles: DemoMember['roles']): number {
  return Math.min(...roles.map((role) => ROLES.indexOf(role)), ROLES.length);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * A request from this app's own pages (same origin) or from a program on this machine (no browser marks at all).
 * Browsers send Sec-Fetch-Site on every request and Origin on every POST, so another origin's page is recognised.
 */
function isFromThisApp(request: IncomingMessage): boolean {
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) return false;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { cloud } = options;
  const sessions = new SessionStore();
  const appid = options.appid ?? 'wx-local-demo';

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    // `GET /%` and the like: answered as a bad request here rather than failing deep in a handler.
    try {
      decodeURIComponent(url.pathname);
    } catch {
      throw new HttpError(400, '请求地址不合法');
    }
    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
    // A page of another origin (a file served by the local cloud, any web site) must not act as the person signed in here.
    if ((url.pathname.startsWith('/dev/') || url.pathname.startsWith('/api/')) && !isFromThisApp(request)) {
      request.resume();
      throw new HttpError(403, '只接受本应用页面或本机程序的请求');
    }

    if (url.pathname === '/dev/members' && method === 'GET') {
      const members = await listDemoMembers(cloud);
      return sendJson(response, 200, members.map(({ id, name, roles }) => ({ id, name, roles })));
    }
    if (url.pathname === '/dev/login' && method === 'GET') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(renderLoginPage(await listDemoMembers(cloud)));
      return;
    }
    if (url.pathname === '/dev/login' && method === 'POST') {
      const body = (await readJson(request)) as { memberId?: unknown; fresh?: unknown };
      let openid: string;
      let member: { id: string; name: string } | null = null;
      if (body.fresh === true) {
        // A WeChat user who has not bound yet: lets a person try the invite-code flow.
        openid = `local-${randomBytes(8).toString('hex')}`;
      } else {
        if (typeof body.memberId !== 'string') throw new HttpError(400, '请提供 memberId');
        const found = (await listDemoMembers(cloud)).find((candidate) => candidate.id === body.memberId);
        if (!found) throw new HttpError(404, '没有这位已绑定的演示成员');
        openid = found.openid;
        member = { id: found.id, name: found.name };
      }
      sessions.destroy(sessionId);
      const id = sessions.create(openid);
      return sendJson(response, 200, { ok: true, member }, { 'set-cookie': sessionCookie(id) });
    }
    if (url.pathname === '/dev/logout' && method === 'POST') {
      sessions.destroy(sessionId);
      return sendJson(response, 200, { ok: true }, { 'set-cookie': clearedSessionCookie() });
    }
    if (url.pathname === '/dev/outbox' && method === 'GET') {
      return sendJson(response, 200, cloud.outbox.list());
    }
    // Makes WeChat answer 43101 (no subscription left) for one demo person, so the inbox fallback can be seen.
    if (url.pathname === '/dev/refuse-subscriptions' && (method === 'POST' || method === 'DELETE')) {
      const body = (await readJson(request)) as { memberId?: unknown };
      const person = (await listDemoMembers(cloud)).find((candidate) => candidate.id === body.memberId);
      if (!person) throw new HttpError(404, '没有这位已绑定的演示成员');
      return sendJson(response, 200, await refuseSubscriptions(cloud, person.openid, method === 'POST'));
    }
    if (url.pathname === '/api/storage/upload') {
      if (method !== 'POST') throw new HttpError(405, '请使用 POST');
      const openid = sessions.openidFor(sessionId);
      if (!openid) throw new HttpError(401, '请先选择演示身份');
      // Only a bound member uploads: a draft is worth nothing until an action accepts it, but strangers get no space.
      if (!(await listDemoMembers(cloud)).some((member) => member.openid === openid)) throw new HttpError(403, '尚未绑定身份，不能上传文件');
      const cloudPath = url.searchParams.get('cloudPath') ?? '';
      const bytes = await readBody(request, MAX_UPLOAD_BYTES);
      try {
        return sendJson(response, 200, { fileID: await uploadToLocalCloud(cloud.url, cloud.envId, cloudPath, bytes, openid) });
      } catch (error) {
        if (error instanceof UploadRefused) throw new HttpError(400, error.message);
        throw error;
      }
    }
    if (url.pathname === '/api/storage/download') {
      if (method !== 'GET') throw new HttpError(405, '请使用 GET');
      if (!sessions.openidFor(sessionId)) throw new HttpError(401, '请先选择演示身份');
      try {
        return await sendNamedDownload(response, cloud.url, url.searchParams.get('url') ?? '', url.searchParams.get('name') ?? '');
      } catch (error) {
        if (error instanceof DownloadRefused) throw new HttpError(error.status, error.message);
        throw error;
      }
    }
    const functionCall = /^\/api\/functions\/([^/]+)$/.exec(url.pathname);
    if (functionCall) {
      if (method !== 'POST') throw new HttpError(405, '请使用 POST');
      const name = functionCall[1] as string;
      if (!FUNCTION_NAME.test(name)) throw new HttpError(404, '没有这个云函数');
      const data = await readJson(request);
      const openid = sessions.openidFor(sessionId);
      // Exactly what callFunction does: the platform, not the request, supplies the caller's identity.
      const wxContext = openid ? { OPENID: openid, APPID: appid, SOURCE: 'wx_client' } : { APPID: appid, SOURCE: 'wx_client' };
      try {
        return sendJson(response, 200, await cloud.invokeFunction(name, data, wxContext));
      } catch (error) {
        if (isEmulatorErrorCode(error, 'FUNCTION_NOT_FOUND')) throw new HttpError(404, '没有这个云函数');
        throw error;
      }
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, '不支持的请求');
    serveStatic(options.h5Dir, url.pathname, response);
  }

  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message });
      // The details go to the console, never to the page: paths and stack traces are nobody's business.
      console.error('[devserver]', error);
      sendJson(response, 500, { error: '本地服务出错，请查看终端日志' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
