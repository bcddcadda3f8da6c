import { invalidParam } from '../errors';
import type { Database } from '../engine/database';
import { EJSON } from 'bson';
import type { SortSpec } from '../engine/operations';
import { ejsonObject, ejsonValue, optionalBoolean, optionalNumber, optionalString, requiredString } from './params';
import { dataReply, type ActionHandler, type ApiParams } from './types';

/** Replies carry documents as relaxed EJSON strings: the SDK EJSON.parses each list element. */
const encodeRows = (rows: readonly Record<string, unknown>[]): string[] => rows.map((row) => EJSON.stringify(row, { relaxed: true }));

function query(params: ApiParams, now: number): Record<string, unknown> {
  return params.query === undefined ? {} : ejsonObject(params.query, 'query', now);
}

function sortSpec(params: ApiParams, now: number): SortSpec | undefined {
  if (params.order === undefined) return undefined;
  const order = ejsonObject(params.order, 'order', now);
  const sort: SortSpec = {};
  for (const [field, direction] of Object.entries(order)) {
    if (direction !== 1 && direction !== -1) throw invalidParam(`order of ${field} must be 1 or -1`);
    sort[field] = direction;
  }
  return sort;
}

/** The SDK sends `data` of an insert as an array of EJSON strings, one per document. */
function insertedDocuments(params: ApiParams, now: number): unknown[] {
  const data = params.data;
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => ejsonValue(item, `data[${index}]`, now));
}

export function databaseActions(db: Database): Record<string, ActionHandler> {
  const tx = (params: ApiParams): string | undefined => optionalString(params, 'transactionId');
  return {
    'database.getDocument': (params, { now }) => {
      const spec = {
        query: query(params, now),
        sort: sortSpec(params, now),
        skip: optionalNumber(params, 'offset'),
        limit: optionalNumber(params, 'limit'),
        projection: params.projection === undefined ? undefined : ejsonObject(params.projection, 'projection', now),
      };
      const docs = db.find(requiredString(params, 'collectionName'), spec, tx(params));
      return dataReply({ list: encodeRows(docs) });
    },
    'database.calculateDocument': (params, { now }) => dataReply({ total: db.count(requiredString(params, 'collectionName'), query(params, now), tx(params)) }),
    'database.insertDocument': (params, { now }) =>
      dataReply({ insertedIds: db.insert(requiredString(params, 'collectionName'), insertedDocuments(params, now), tx(params)) }),
    'database.modifyDocument': (params, { now }) => {
      const data = ejsonObject(params.data, 'data', now);
      // merge:false is doc().set(): the data is the whole new document.
      const change = optionalBoolean(params, 'merge') === false ? ({ kind: 'replace', document: data } as const) : ({ kind: 'merge', modifier: data } as const);
      const result = db.update(
        requiredString(params, 'collectionName'),
        query(params, now),
        change,
        { multi: optionalBoolean(params, 'multi') ?? false, upsert: optionalBoolean(params, 'upsert') ?? false },
        tx(params),
      );
      return dataReply(result.upsertedId ? { updated: result.updated, upsert_id: result.upsertedId } : { updated: result.updated });
    },
    'database.removeDocument': (params, { now }) =>
      dataReply({ deleted: db.remove(requiredString(params, 'collectionName'), query(params, now), { multi: optionalBoolean(params, 'multi') ?? false }, tx(params)) }),
    'database.aggregateDocuments': (params, { now }) => {
      if (!Array.isArray(params.stages)) throw invalidParam('stages must be an array');
      const pipeline = params.stages.map((stage: unknown, index) => {
        const { stageKey, stageValue } = (stage ?? {}) as { stageKey?: unknown; stageValue?: unknown };
        if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) throw invalidParam(`stages[${index}].stageKey must be a $stage name`);
        return { [stageKey]: ejsonValue(stageValue, `stages[${index}].stageValue`, now) };
      });
      return dataReply({ list: encodeRows(db.aggregate(requiredString(params, 'collectionName'), pipeline, tx(params))) });
    },
    'database.addCollection': (params) => {
      const name = requiredString(params, 'collectionName');
      db.createCollection(name);
      return dataReply({ collectionName: name });
    },
    // The SDK reads transactionId at the top level of this reply, not under data.
    'database.startTransaction': () => ({ kind: 'json', body: { transactionId: db.startTransaction() } }),
    'database.commitTransaction': (params) => {
      const id = requiredString(params, 'transactionId');
      db.commitTransaction(id);
      return { kind: 'json', body: { transactionId: id, committed: true } };
    },
    'database.abortTransaction': (params) => {
      const id = requiredString(params, 'transactionId');
      db.abortTransaction(id);
      return { kind: 'json', body: { transactionId: id, aborted: true } };
    },
  };
}
