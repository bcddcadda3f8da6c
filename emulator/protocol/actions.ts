import type { LocalCloud } from '../engine/cloud';
import { databaseActions } from './database';
import { functionActions } from './functions';
import { decodeOpenApiCall, openApiActions } from './openapi';
import { storageActions } from './storage';
import type { ActionHandler, ApiParams } from './types';
import type { RequestFacts } from '../engine/faults';

/** Every `action` of `POST /admin` the emulator answers. */
export function actionTable(cloud: LocalCloud): Map<string, ActionHandler> {
  return new Map(
    Object.entries({
      ...databaseActions(cloud.database),
      ...storageActions(cloud.storage),
      ...openApiActions(cloud.outbox),
      ...functionActions(cloud.functions),
    }),
  );
}

/** What fault rules can match on; an undecodable open API body simply matches on its action. */
export function requestFacts(action: string, params: ApiParams): RequestFacts {
  const facts: RequestFacts = { action };
  if (typeof params.collectionName === 'string') facts.collection = params.collectionName;
  if (action === 'wx.openApi') {
    try {
      const call = decodeOpenApiCall(params);
      facts.apiName = call.apiName;
      if (typeof call.data.touser === 'string') facts.touser = call.data.touser;
    } catch {
      // The handler reports the malformed body.
    }
  }
  return facts;
}
