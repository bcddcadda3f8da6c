import { getCloud } from './cloud';

export interface Caller {
  /** null for timer triggers and function-to-function calls: no person is behind them. */
  openid: string | null;
  source: string | null;
}

/** The only identity trusted: the platform context. Nothing in the event can change it. */
export function readCaller(): Caller {
  const context = getCloud().getWXContext() as { OPENID?: unknown; SOURCE?: unknown };
  // getWXContext turns an all-digit value into a number.
  const openid = context.OPENID === undefined || context.OPENID === null || context.OPENID === '' ? null : String(context.OPENID);
  const source = typeof context.SOURCE === 'string' ? context.SOURCE : null;
  return { openid, source };
}
