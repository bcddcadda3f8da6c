import { getCloud } from './cloud';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** The page the message opens, without a leading slash. */
  page: string;
  data: Record<string, { value: string }>;
  /** developer / trial / formal: which version of the mini-program the message opens. */
  miniprogramState: 'developer' | 'trial' | 'formal';
}

/**
 * How a send ended. `refused`: 43101 (no accept left, or the person refused); `rejected`: the platform will never
 * take this message (bad data, openid, template or page); `transient`: a system error answered, nothing was
 * delivered, try again later; `unknown`: the connection broke or timed out, so nobody can say whether WeChat
 * delivered it.
 */
export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'refused' | 'rejected' | 'transient' | 'unknown'; code: string; message: string };

/** Errors WeChat answers for a message that will never be accepted as it is. */
const REJECTED = new Set([40003, 40037, 41030, 47003, 43104, 43107, 40001, 48001]);

function describe(error: unknown): { code: number | null; message: string } {
  if (typeof error !== 'object' || error === null) return { code: null, message: String(error) };
  const record = error as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  return {
    code: typeof record.errCode === 'number' ? record.errCode : null,
    message: String(record.errMsg ?? record.message ?? ''),
  };
}

/** Classifies a failed cloud.openapi call; exported for unit tests. */
export function classifySendError(error: unknown): SendOutcome {
  const { code, message } = describe(error);
  const outcome = (kind: 'refused' | 'rejected' | 'transient' | 'unknown'): SendOutcome => ({ kind, code: code === null ? 'NETWORK' : String(code), message: message.slice(0, 200) });
  if (code === 43101) return outcome('refused');
  if (code !== null && REJECTED.has(code)) return outcome('rejected');
  // The request may have reached WeChat before the connection broke: an answer never came.
  if (/socket hang up|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|timeout|network/i.test(message)) return outcome('unknown');
  return outcome('transient');
}

/** cloud.openapi.subscribeMessage.send; the function's config.json must grant `subscribeMessage.send`. */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<SendOutcome> {
  try {
    await getCloud().openapi.subscribeMessage.send({
      touser: message.touser,
      templateId: message.templateId,
      page: message.page,
      data: message.data,
      miniprogramState: message.miniprogramState,
      lang: 'zh_CN',
    } as never);
    return { kind: 'sent' };
  } catch (error) {
    return classifySendError(error);
  }
}
