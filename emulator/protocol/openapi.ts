import { invalidParam } from '../errors';
import type { Outbox } from '../engine/outbox';
import { sendSubscribeMessage, type SendParams, type WxResult } from '../engine/subscribe-message';
import { decodeCommApiData, encodeCommOpenApiResp } from './openapi-pb';
import { requiredString } from './params';
import type { ActionHandler, ApiParams, ApiReply } from './types';

/** The decoded call: the API name and its parameters (each pair's value is JSON text on the wire). */
export interface OpenApiCall {
  apiName: string;
  data: Record<string, unknown>;
}

export function decodeOpenApiCall(params: ApiParams): OpenApiCall {
  const apiName = requiredString(params, 'apiName');
  const requestData = params.requestData;
  if (!Buffer.isBuffer(requestData)) throw invalidParam('requestData must be a binary part');
  const data: Record<string, unknown> = {};
  for (const pair of decodeCommApiData(requestData).pairs) {
    const text = Buffer.from(pair.value).toString('utf8');
    try {
      data[pair.key] = JSON.parse(text);
    } catch {
      data[pair.key] = text;
    }
  }
  return { apiName, data };
}

/** Every open API answer is a protobuf CommOpenApiResp wrapping the WeChat JSON: never an empty body, which the SDK takes for success. */
export function openApiReply(result: WxResult): ApiReply {
  const respData = Buffer.from(JSON.stringify(result));
  return { kind: 'binary', contentType: 'application/octet-stream', body: encodeCommOpenApiResp({ respData, contentType: 'application/json', httpCode: 200 }) };
}

export function openApiActions(outbox: Outbox): Record<string, ActionHandler> {
  return {
    'wx.openApi': (params) => {
      const call = decodeOpenApiCall(params);
      if (call.apiName === 'subscribeMessage.send') {
        const { errcode, errmsg } = sendSubscribeMessage(outbox, call.data as SendParams);
        return openApiReply({ errcode, errmsg });
      }
      return openApiReply({ errcode: 48001, errmsg: `api unauthorized: openapi.${call.apiName} is not emulated` });
    },
  };
}
