import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Header carrying the per-start admin token, for a caller that is not a local program (another machine, a container). */
export const ADMIN_TOKEN_HEADER = 'x-emulator-token';

/**
 * Who may use the SDK endpoint and the admin API: a caller holding this start's token, or a program on this machine
 * that is not a browser page. Browsers mark every request of a page with Origin or Sec-Fetch-Site; a page served from
 * storage (or any web page) is therefore refused even on the same origin, while functions, tests and the dev server,
 * which send neither, are let through.
 */
export function isTrustedLocalCaller(req: IncomingMessage, token: string): boolean {
  if (req.headers[ADMIN_TOKEN_HEADER] === token) return true;
  const site = req.headers['sec-fetch-site'];
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers.origin === undefined && (site === undefined || site === 'none');
}
