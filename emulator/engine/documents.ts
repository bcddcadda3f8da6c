import { randomBytes } from 'node:crypto';
import { EJSON, BSONRegExp } from 'bson';

/** A stored record. `_id` is always a string: the cloud generates 32-hex ids and the SDK's doc(id) queries by string. */
export interface Doc {
  _id: string;
  [field: string]: unknown;
}

/** The cloud's auto ids look like 32 lowercase hex digits. */
export const newDocId = (): string => randomBytes(16).toString('hex');

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy that shares nothing mutable; BSON value classes (Long, Binary, …) are immutable and kept by reference. */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deepClone(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = deepClone(item);
    return copy as T;
  }
  return value;
}

/** BSON regex flags that JavaScript also knows; `x` (extended) has no JS equivalent and is dropped. */
export function toJsRegExp(value: BSONRegExp): RegExp {
  const flags = [...new Set(value.options)].filter((flag) => 'imsu'.includes(flag)).join('');
  return new RegExp(value.pattern, flags);
}

/** Walks decoded EJSON and turns BSONRegExp into RegExp, which is what mingo matches with. */
export function reviveRegExps(value: unknown): unknown {
  if (value instanceof BSONRegExp) return toJsRegExp(value);
  if (Array.isArray(value)) return value.map(reviveRegExps);
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) value[key] = reviveRegExps(item);
  }
  return value;
}

/** Relaxed EJSON: dates as {"$date":"ISO"}, numbers plain: the form the SDK parses back into JS values. */
export const encodeDocument = (doc: Doc): string => EJSON.stringify(doc, { relaxed: true });

export function decodeDocument(text: string): Doc {
  return reviveRegExps(EJSON.parse(text, { relaxed: true })) as Doc;
}
