import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { roleSchema } from '../core/roles';
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

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request, MAX_BODY_BYTES)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, '请求体不是合法的 JSON');
  }
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
  const order = ['secretary', 'leader', 'office', 'cadre'] as const;
  return Math.min(...roles.map((role) => order.indexOf(role)), order.length);
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { cloud } = options;
  const sessions = new SessionStore();
  const appid = options.appid ?? 'wx-local-demo';

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);

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
      // Only a WeChat user can upload from the mini-program; here, only a session.
      if (!sessions.openidFor(sessionId)) throw new HttpError(401, '请先选择演示身份');
      const cloudPath = url.searchParams.get('cloudPath') ?? '';
      const bytes = await readBody(request, MAX_UPLOAD_BYTES);
      try {
        return sendJson(response, 200, { fileID: await uploadToLocalCloud(cloud.url, cloud.envId, cloudPath, bytes) });
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
      return sendJson(response, 200, await cloud.invokeFunction(name, data, wxContext));
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, '不支持的请求');
    serveStatic(options.h5Dir, url.pathname, response);
  }

  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message });
      const message = error instanceof Error ? error.message : String(error);
      sendJson(response, 500, { error: message });
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
