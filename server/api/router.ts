import { z } from 'zod';
import { ACTION_INPUTS, isActionName } from '../../core/actions';
import type { ActionName } from '../../core/actions';
import { AppError, ERROR_MESSAGES } from '../../core/errors';
import type { ApiResult } from '../../core/result';
import { ACTION_ACCESS, mayCall } from '../../core/permissions';
import { useChineseValidationMessages } from '../../core/validation-locale';
import { getDatabase } from '../platform/cloud';
import { readCaller } from '../platform/caller';
import { platformNow } from '../platform/clock';
import type { Caller } from '../platform/caller';
import { isCollectionMissing } from '../db/collections';
import { isTransactionConflict } from '../db/errors';
import { ensureCollections } from '../db/ensure-collections';
import { findMemberByOpenid } from '../roster/member-repository';
import { toMember } from '../roster/member-documents';
import type { ActionContext, CurrentMember } from './context';
import type { HandlerTable } from './handlers';

useChineseValidationMessages();

const eventSchema = z.object({ action: z.string().max(64), input: z.unknown().optional() });

function failure(code: AppError['code'], message?: string, details?: unknown): ApiResult<never> {
  return details === undefined
    ? { ok: false, code, message: message ?? ERROR_MESSAGES[code] }
    : { ok: false, code, message: message ?? ERROR_MESSAGES[code], details };
}

async function loadMember(context: Omit<ActionContext, 'member'>, caller: Caller): Promise<CurrentMember | null> {
  if (!caller.openid) return null;
  try {
    const document = await findMemberByOpenid(context.db, caller.openid);
    if (!document || document.active === false) return null;
    return { ...toMember(document), openid: caller.openid };
  } catch (error) {
    // Before `setup` no collection exists: everybody is simply unbound.
    if (isCollectionMissing(error)) return null;
    throw error;
  }
}

/** Zod issues as "field: message" lines, in Chinese where the schema gave a message. */
function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export interface RouterOptions {
  /** The actions this function serves: `api` serves all but the exports, `exports` only those (EXPORT_ACTIONS). */
  handlers: Partial<HandlerTable>;
  /** The function's name, for log lines. */
  name?: string;
  now?: () => Date;
  env?: Readonly<Record<string, string | undefined>>;
  log?: (line: string, error?: unknown) => void;
}

/**
 * The api function's whole request path: identity from the platform, input through its schema, access from the
 * table in core, then the handler. Every answer is `{ok, data}` or `{ok:false, code, message}`.
 */
export function createApiRouter(options: RouterOptions) {
  const now = options.now ?? platformNow;
  const log = options.log ?? ((line: string, error?: unknown) => console.error(line, error));
  return async function handleApiEvent(event: unknown): Promise<ApiResult<unknown>> {
    // Read before any await: the identity belongs to this invocation.
    const caller = readCaller();
    const envelope = eventSchema.safeParse(event);
    if (!envelope.success) return failure('VALIDATION_FAILED', '请求格式不正确');
    const { action } = envelope.data;
    // An action of another function is as unknown here as a made-up one.
    if (!isActionName(action) || !Object.prototype.hasOwnProperty.call(options.handlers, action)) return failure('UNKNOWN_ACTION', `不支持的操作：${action}`);

    try {
      const base = { db: getDatabase(), caller, now, env: options.env ?? process.env };
      const member = await loadMember(base, caller);
      const access = ACTION_ACCESS[action];
      if (!mayCall(access, member?.roles ?? null)) {
        if (access.who !== 'public' && !caller.openid) return failure('UNAUTHENTICATED');
        return failure(member ? 'FORBIDDEN' : 'NOT_BOUND');
      }
      // Access before the schema: a stranger learns nothing about what an action expects.
      const parsed = ACTION_INPUTS[action].safeParse(envelope.data.input ?? {});
      if (!parsed.success) {
        const issues = describeIssues(parsed.error);
        return failure('VALIDATION_FAILED', issues[0]?.message ? `${ERROR_MESSAGES.VALIDATION_FAILED}：${issues[0].message}` : undefined, { issues });
      }
      const handler = options.handlers[action] as (input: unknown, context: ActionContext) => Promise<unknown>;
      const run = () => handler(parsed.data, { ...base, member });
      let data: unknown;
      try {
        data = await run();
      } catch (error) {
        // A unit upgraded to a version with new collections: create them once, then the action runs as it would have.
        if (!member || !isCollectionMissing(error)) throw error;
        await ensureCollections(base.db);
        data = await run();
      }
      return { ok: true, data, serverTime: now().toISOString() };
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message, error.details);
      // Parallel writes to the same records outlasted the SDK's retries: nothing was written, the person tries again.
      if (isTransactionConflict(error)) return failure('CONFLICT');
      log(`[${options.name ?? 'api'}] ${action as ActionName} failed`, error);
      return failure('INTERNAL');
    }
  };
}
