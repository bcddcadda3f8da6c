import { getCloud } from './cloud';

/**
 * Calls another cloud function (or this one again) and waits for it at most `handOffMs`: a long job hands its
 * continuation over and ends, instead of waiting for it (a call waits for the callee to finish, which would
 * keep the caller alive past its own timeout). Resolves with the callee's result when it came within that time,
 * else with null; the callee keeps running either way.
 */
export async function callFunctionHandingOff(name: string, data: Record<string, unknown>, handOffMs: number): Promise<unknown | null> {
  // The SDK's typings include the callback form (void); without a callback it answers a promise.
  const call = (getCloud().callFunction({ name, data }) as Promise<{ result?: unknown }>).then((answer) => answer.result ?? null);
  // A late failure belongs to the callee's own log; the caller has moved on.
  call.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const handedOff = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), handOffMs);
  });
  try {
    return await Promise.race([call, handedOff]);
  } finally {
    clearTimeout(timer);
  }
}
