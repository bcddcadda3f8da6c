import { Aggregator, ProcessingMode, Query, update as applyModifier } from 'mingo';
import type { Options } from 'mingo/types';
import { EmulatorError, badRequest, collectionNotExist, invalidParam } from '../errors';
import { deepClone, encodeDocument, isPlainObject, newDocId, type Doc } from './documents';
import type { DocWrite, DocumentView } from './view';

/** Platform limits of a cloud function's database calls (wechat-cloud-facts.md). */
export const DEFAULT_GET_LIMIT = 100;
export const MAX_GET_LIMIT = 1000;
export const DEFAULT_AGGREGATE_LIMIT = 20;

export type Criteria = Record<string, unknown>;
export type SortSpec = Record<string, 1 | -1>;

export interface FindSpec {
  query: Criteria;
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

/** `merge` applies update operators (the SDK's update()); `replace` swaps the whole document (set()). */
export type Change = { kind: 'merge'; modifier: Record<string, unknown> } | { kind: 'replace'; document: Record<string, unknown> };

export interface WriteResult<T> {
  result: T;
  writes: DocWrite[];
}

function mingoOptions(view: DocumentView): Partial<Options> {
  return {
    idKey: '_id',
    // $where / $function would run request-supplied code in the emulator process.
    scriptEnabled: false,
    // $lookup reads other collections; copies, because pipeline stages may write into what they are given.
    collectionResolver: (name: string) => (view.hasCollection(name) ? deepClone(view.documents(name)) : []),
  };
}

/** mingo reports bad queries by throwing; the cloud answers them with an error code. */
function refuse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof EmulatorError) throw error;
    throw badRequest(error instanceof Error ? error.message : String(error));
  }
}

function compile(view: DocumentView, query: Criteria): Query {
  return refuse(() => new Query(query, mingoOptions(view)));
}

/** The string ids an `_id` condition names (equality, or `$in` alone), or null when it names none. */
function namedIds(condition: unknown): string[] | null {
  if (typeof condition === 'string') return [condition];
  if (!isPlainObject(condition) || Object.keys(condition).length !== 1) return null;
  const list = (condition as { $in?: unknown }).$in;
  return Array.isArray(list) && list.every((id) => typeof id === 'string') ? (list as string[]) : null;
}

/**
 * A query naming its `_id`s (every doc() call, and `_id` in a list, alone or in a top-level `$and`) looks the
 * documents up, as the cloud's `_id` index does, instead of testing every document against the whole list; the rest
 * of the query still decides.
 */
function candidates(view: DocumentView, collection: string, query: Criteria): { docs: Doc[]; rest: Criteria } {
  if (!view.hasCollection(collection)) throw collectionNotExist(collection);
  let ids = namedIds(query._id);
  let rest: Criteria = query;
  if (ids !== null && typeof query._id !== 'string') {
    // A list is answered by the lookup; a single id is still compared (a numeric _id is not its string).
    const { _id: _named, ...others } = query;
    rest = others;
  } else if (ids === null && Array.isArray(query.$and)) {
    const and = query.$and as Criteria[];
    const at = and.findIndex((part) => Object.keys(part).length === 1 && namedIds(part._id) !== null && typeof part._id !== 'string');
    if (at >= 0) {
      ids = namedIds((and[at] as Criteria)._id);
      const { $and: _all, ...others } = query;
      const remaining = and.filter((_part, index) => index !== at);
      rest = remaining.length > 0 ? { ...others, $and: remaining } : others;
    }
  }
  if (ids === null) return { docs: view.documents(collection), rest: query };
  if (ids.length === 1) {
    const doc = view.get(collection, ids[0] as string);
    return { docs: doc && doc._id === ids[0] ? [doc] : [], rest };
  }
  // In the collection's own order, as a scan would find them.
  const wanted = new Set(ids);
  return { docs: view.documents(collection).filter((doc) => wanted.has(doc._id as string)), rest };
}

function matching(view: DocumentView, collection: string, query: Criteria, multi: boolean): Doc[] {
  const { docs, rest } = candidates(view, collection, query);
  const compiled = compile(view, rest);
  const found: Doc[] = [];
  for (const doc of docs) {
    if (!refuse(() => compiled.test(doc))) continue;
    found.push(doc);
    if (!multi) break;
  }
  return found;
}

function nonNegativeInteger(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw invalidParam(`${name} must be a non-negative integer`);
  return value;
}

export function find(view: DocumentView, collection: string, spec: FindSpec): Doc[] {
  const skip = nonNegativeInteger(spec.skip, 'offset') ?? 0;
  const requested = nonNegativeInteger(spec.limit, 'limit');
  // The SDK already sends 100 by default and at most 1000; the server enforces the same for any client.
  const limit = Math.min(requested || DEFAULT_GET_LIMIT, MAX_GET_LIMIT);
  const { docs, rest } = candidates(view, collection, spec.query);
  const compiled = compile(view, rest);
  return refuse(() => {
    let cursor = compiled.find<Doc>(docs, spec.projection);
    if (spec.sort && Object.keys(spec.sort).length > 0) cursor = cursor.sort(spec.sort);
    return cursor.skip(skip).limit(limit).all();
  });
}

export function count(view: DocumentView, collection: string, query: Criteria): number {
  return matching(view, collection, query, true).length;
}

export function insert(view: DocumentView, collection: string, input: readonly unknown[]): WriteResult<string[]> {
  if (!view.hasCollection(collection)) throw collectionNotExist(collection);
  if (input.length === 0) throw invalidParam('data must not be empty');
  const writes: DocWrite[] = [];
  const ids = new Set<string>();
  for (const raw of input) {
    if (!isPlainObject(raw)) throw invalidParam('each document must be an object');
    const doc = deepClone(raw) as Record<string, unknown>;
    if (doc._id === undefined) doc._id = newDocId();
    if (typeof doc._id !== 'string' || doc._id === '') throw invalidParam('_id must be a non-empty string');
    const id = doc._id;
    if (ids.has(id) || view.get(collection, id)) {
      throw badRequest(`E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: "${id}" }`);
    }
    ids.add(id);
    // No _openid: records written from a cloud function carry none.
    writes.push({ collection, id, doc: doc as Doc });
  }
  return { result: [...ids], writes };
}

/** Top-level fields without `$` in an update are merged as $set, as the SDK's update() means them. */
function normalizeModifier(modifier: Record<string, unknown>): Record<string, unknown> {
  const normalized: Record<string, unknown> = {};
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(modifier)) {
    if (key.startsWith('$')) normalized[key] = value;
    else plain[key] = value;
  }
  if (Object.keys(plain).length > 0) normalized.$set = { ...(normalized.$set as Record<string, unknown> | undefined), ...plain };
  if (Object.keys(normalized).length === 0) throw invalidParam('update data must not be empty');
  return normalized;
}

function touchesId(modifier: Record<string, unknown>): boolean {
  return Object.entries(modifier).some(
    ([operator, fields]) =>
      isPlainObject(fields) &&
      Object.entries(fields).some(([path, target]) => path === '_id' || (operator === '$rename' && target === '_id')),
  );
}

const FIELD_REPLACING_OPERATORS = new Set(['$set', '$inc', '$unset']);

function replacesTopLevelFields(modifier: Record<string, unknown>): boolean {
  return Object.entries(modifier).every(([operator, fields]) => FIELD_REPLACING_OPERATORS.has(operator) && isPlainObject(fields) && Object.keys(fields).every((path) => !path.includes('.')));
}

function applyChange(view: DocumentView, doc: Doc, change: Change, query: Criteria): { next: Doc; modified: boolean } {
  if (change.kind === 'replace') {
    const next = { ...deepClone(change.document), _id: doc._id } as Doc;
    return { next, modified: encodeDocument(next) !== encodeDocument(doc) };
  }
  // Top-level $set/$inc/$unset only replace fields of `next`: a shallow copy keeps the stored document intact.
  const next = replacesTopLevelFields(change.modifier) ? { ...doc } : deepClone(doc);
  const fields = refuse(() => applyModifier(next, change.modifier, undefined, query, { cloneMode: 'deep', queryOptions: mingoOptions(view) }));
  return { next, modified: fields.length > 0 };
}

/** Equality fields of a where-upsert seed the new document, as MongoDB does. */
function upsertSeed(query: Criteria): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$') || key.includes('.') || (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$')))) continue;
    seed[key] = deepClone(value);
  }
  return seed;
}

export interface UpdateResult {
  /** Documents actually changed (MongoDB's nModified): an update to identical values counts 0. */
  updated: number;
  upsertedId?: string;
}

export function update(
  view: DocumentView,
  collection: string,
  query: Criteria,
  input: Change,
  options: { multi: boolean; upsert: boolean },
): WriteResult<UpdateResult> {
  const change: Change = input.kind === 'merge' ? { kind: 'merge', modifier: normalizeModifier(input.modifier) } : input;
  if (change.kind === 'merge' && touchesId(change.modifier)) throw invalidParam('_id cannot be updated');
  const writes: DocWrite[] = [];
  const matched = matching(view, collection, query, options.multi);
  for (const doc of matched) {
    const { next, modified } = applyChange(view, doc, change, query);
    if (modified) writes.push({ collection, id: doc._id, doc: next });
  }
  if (matched.length > 0 || !options.upsert) return { result: { updated: writes.length }, writes };

  const seed = upsertSeed(query);
  const id = typeof seed._id === 'string' && seed._id !== '' ? seed._id : newDocId();
  const base = { ...seed, _id: id } as Doc;
  const created = change.kind === 'replace' ? ({ ...deepClone(change.document), _id: id } as Doc) : base;
  if (change.kind === 'merge') refuse(() => applyModifier(created, change.modifier, undefined, undefined, { cloneMode: 'deep', queryOptions: mingoOptions(view) }));
  writes.push({ collection, id, doc: created });
  return { result: { updated: 0, upsertedId: id }, writes };
}

export function remove(view: DocumentView, collection: string, query: Criteria, options: { multi: boolean }): WriteResult<number> {
  const matched = matching(view, collection, query, options.multi);
  return { result: matched.length, writes: matched.map((doc) => ({ collection, id: doc._id, doc: null })) };
}

const WRITING_STAGES = ['$out', '$merge'];

export function aggregate(view: DocumentView, collection: string, pipeline: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  if (!view.hasCollection(collection)) throw collectionNotExist(collection);
  const stageNames = pipeline.map((stage) => Object.keys(stage)[0] ?? '');
  const writing = stageNames.find((name) => WRITING_STAGES.includes(name));
  // Their output would land in a copy and vanish: refuse rather than succeed silently.
  if (writing) throw badRequest(`aggregate stage ${writing} is not supported`);
  const rows = refuse(() =>
    new Aggregator([...pipeline], { ...mingoOptions(view), processingMode: ProcessingMode.CLONE_INPUT }).run<Record<string, unknown>>(view.documents(collection)),
  );
  return stageNames.includes('$limit') ? rows : rows.slice(0, DEFAULT_AGGREGATE_LIMIT);
}
