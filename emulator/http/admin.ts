import { EJSON } from 'bson';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError, invalidParam, toEmulatorError, type ErrorCode } from '../errors';
import type { LocalCloud } from '../engine/cloud';
import { validateRule } from '../engine/faults';
import type { CallerIdentity } from '../engine/functions/host';
import { readBody } from './body';
import { sendJson } from './respond';

export const ADMIN_PREFIX = '/_emulator/';

const STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_PARAM: 400,
  DATABASE_COLLECTION_NOT_EXIST: 404,
};

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(req)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw invalidParam('body must be a JSON object');
}

function identityOf(value: unknown): CallerIdentity {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw invalidParam('wxContext must be an object');
  const identity: CallerIdentity = {};
  for (const key of ['OPENID', 'APPID', 'UNIONID', 'CLIENTIP', 'SOURCE'] as const) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw invalidParam(`wxContext.${key} must be a string`);
    identity[key] = field;
  }
  return identity;
}

type Route = (req: IncomingMessage, match: string) => Promise<[number, unknown]> | [number, unknown];

/** Dev and test controls under /_emulator/: outbox, faults, stats, functions, reset, health, collections. */
export function adminEndpoint(cloud: LocalCloud): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  const routes: Array<[method: string, pattern: RegExp, route: Route]> = [
    ['GET', /^health$/, () => [200, { ok: true }]],
    ['GET', /^outbox$/, () => [200, cloud.outbox.list()]],
    ['DELETE', /^outbox$/, () => (cloud.outbox.clear(), [200, { ok: true }])],
    ['GET', /^faults$/, () => [200, cloud.faults.list()]],
    ['POST', /^faults$/, async (req) => [200, { id: cloud.faults.add(validateRule(await jsonBody(req))) }]],
    ['DELETE', /^faults$/, () => (cloud.faults.clear(), [200, { ok: true }])],
    ['DELETE', /^faults\/([^/]+)$/, (_req, id) => (cloud.faults.remove(id) ? [200, { ok: true }] : [404, { error: { code: 'NOT_FOUND', message: `no fault ${id}` } }])],
    ['GET', /^stats$/, () => [200, { counts: cloud.stats.counts(), total: cloud.stats.total() }]],
    ['POST', /^stats\/reset$/, () => (cloud.stats.reset(), [200, { ok: true }])],
    ['POST', /^reset$/, () => (cloud.reset(), [200, { ok: true }])],
    ['POST', /^reload-functions$/, async () => (await cloud.functions.reload(), [200, { ok: true }])],
    [
      'POST',
      /^functions\/([^/]+)$/,
      async (req, name) => {
        const body = await jsonBody(req);
        const json = await cloud.functions.invoke(name, body.event ?? {}, identityOf(body.wxContext));
        return [200, { result: JSON.parse(json) as unknown }];
      },
    ],
    ['GET', /^collections$/, () => [200, cloud.database.collectionNames()]],
    [
      'GET',
      /^collections\/([^/]+)$/,
      (_req, name) => {
        const docs = cloud.database.dump(name);
        if (!docs) throw new EmulatorError('DATABASE_COLLECTION_NOT_EXIST', `collection ${name} does not exist`);
        // Relaxed EJSON keeps dates recognisable ({"$date": "…"}) in plain JSON.
        return [200, EJSON.serialize(docs, { relaxed: true })];
      },
    ],
  ];

  return async (req, res, url) => {
    const path = url.pathname.slice(ADMIN_PREFIX.length);
    try {
      for (const [method, pattern, route] of routes) {
        const match = pattern.exec(path);
        if (!match || method !== req.method) continue;
        const [status, body] = await route(req, decodeURIComponent(match[1] ?? ''));
        return sendJson(res, status, body);
      }
      req.resume();
      sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no admin route ${req.method} ${url.pathname}` } });
    } catch (error) {
      const failure = toEmulatorError(error);
      sendJson(res, STATUS[failure.code] ?? 500, { error: { code: failure.code, message: failure.message } });
    }
  };
}
