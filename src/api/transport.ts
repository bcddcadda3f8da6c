// The mini-program's transport. Taro picks transport.h5.ts instead when building H5, so neither
// target ships the other's code.
import Taro from '@tarojs/taro';
import { ApiError } from './errors';
import type { FunctionName } from '../../core/actions';
import type { Payload } from './payload';

let cloudReady = false;

/** The cloud SDK must be initialised once before any callFunction. */
export function initTransport(): void {
  if (cloudReady) return;
  // The client SDK has no DYNAMIC_CURRENT_ENV (a server constant); leaving env out picks the default environment.
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
  cloudReady = true;
}

/** The named function's return value, or NETWORK when the call never reached it. */
export async function send(name: FunctionName, payload: Payload): Promise<unknown> {
  initTransport();
  try {
    const response = await Taro.cloud.callFunction({ name, data: payload });
    return response.result;
  } catch (error) {
    throw new ApiError('NETWORK', undefined, error);
  }
}
