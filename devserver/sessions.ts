import { randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'zgt_session';

/** Demo identities by session id; kept in memory, so a restart of `npm start` asks people to pick again. */
export class SessionStore {
  private readonly openids = new Map<string, string>();

  create(openid: string): string {
    const id = randomBytes(18).toString('base64url');
    this.openids.set(id, openid);
    return id;
  }

  openidFor(sessionId: string | undefined): string | null {
    return sessionId ? (this.openids.get(sessionId) ?? null) : null;
  }

  destroy(sessionId: string | undefined): void {
    if (sessionId) this.openids.delete(sessionId);
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(id)}; Path=/; HttpOnly; SameSite=Lax`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
