import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalCloud } from '../engine/cloud';
import { ADMIN_PREFIX, adminEndpoint } from './admin';
import { apiEndpoint } from './api';
import { cosEndpoint } from './cos';
import { isTrustedLocalCaller } from './local-caller';
import { sendJson } from './respond';

export interface HttpServerOptions {
  host: string;
  port: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** This start's admin token (header x-emulator-token): what a caller from elsewhere needs. */
  adminToken: string;
  close(): Promise<void>;
}

/** One HTTP server for the SDK endpoint (`POST /admin`), the storage URLs (`/_cos/…`) and the admin API (`/_emulator/…`). */
export async function startHttpServer(cloud: LocalCloud, options: HttpServerOptions): Promise<RunningServer> {
  let url = '';
  const api = apiEndpoint(cloud, { baseUrl: () => url, log: options.log });
  const cos = cosEndpoint(cloud);
  const admin = adminEndpoint(cloud);
  const adminToken = randomBytes(24).toString('base64url');

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = new URL(req.url ?? '/', 'http://emulator.invalid');
    const privileged = (target.pathname === '/admin' && req.method === 'POST') || target.pathname.startsWith(ADMIN_PREFIX);
    if (privileged && !isTrustedLocalCaller(req, adminToken)) {
      req.resume();
      return sendJson(res, 403, { error: { code: 'FORBIDDEN', message: 'admin endpoints answer local programs or the x-emulator-token header only' } });
    }
    if (target.pathname === '/admin' && req.method === 'POST') return api(req, res);
    if (target.pathname.startsWith('/_cos/')) return cos(req, res, target);
    if (target.pathname.startsWith(ADMIN_PREFIX)) return admin(req, res, target);
    req.resume();
    sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `${req.method} ${target.pathname}` } });
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      options.log?.(`unhandled: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      // The log has the stack; the answer says nothing of paths or internals.
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'SYS_ERR', message: '本地云内部错误' } });
      else res.destroy();
    });
  });
  // Longer than the SDK's idle-socket timeout (4.8 s), so the server never closes a socket the client is reusing.
  server.keepAliveTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const reachableHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  url = `http://${reachableHost}:${port}`;

  return {
    url,
    port,
    adminToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
