import { BSONRegExp, EJSON } from 'bson';
import { invalidParam } from '../errors';
import { isPlainObject, toJsRegExp } from '../engine/documents';
import type { ApiParams } from './types';

export function requiredString(params: ApiParams, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '') throw invalidParam(`${name} is required`);
  return value;
}

export function optionalString(params: ApiParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw invalidParam(`${name} must be a string`);
  return value;
}

export function optionalNumber(params: ApiParams, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number') throw invalidParam(`${name} must be a number`);
  return value;
}

export function optionalBoolean(params: ApiParams, name: string): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParam(`${name} must be a boolean`);
  return value;
}

/**
 * Turns what EJSON cannot know into values: `{$tcb_server_date: {offset}}` (db.serverDate()) becomes the
 * server's time plus offset wherever it appears, and BSON regexes become RegExp for mingo.
 */
function revive(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) return toJsRegExp(value);
  if (Array.isArray(value)) return value.map((item) => revive(item, now));
  if (!isPlainObject(value)) return value;
  const marker = value.$tcb_server_date;
  if (marker !== undefined && Object.keys(value).length === 1) {
    const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0;
    return new Date(now + offset);
  }
  const revived: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) revived[key] = revive(item, now);
  return revived;
}

/** A field the SDK sends as an EJSON string (query, data, order, projection, stage values). */
export function ejsonValue(text: unknown, name: string, now: number): unknown {
  if (typeof text !== 'string') throw invalidParam(`${name} must be an EJSON string`);
  let parsed: unknown;
  try {
    parsed = EJSON.parse(text, { relaxed: true });
  } catch (error) {
    throw invalidParam(`${name} is not valid EJSON: ${(error as Error).message}`);
  }
  return revive(parsed, now);
}

export function ejsonObject(text: unknown, name: string, now: number): Record<string, unknown> {
  const value = ejsonValue(text, name, now);
  if (!isPlainObject(value)) throw invalidParam(`${name} must encode an object`);
  return value;
}
