/** What XML 1.0 cannot carry: C0 controls but tab, LF and CR; U+FFFE/FFFF; unpaired surrogates. */
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g; // eslint-disable-line no-control-regex

export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/**
 * A writer's input with every string made XML-safe: the second line of defence behind the schemas' text type, for
 * records stored before it (a single \v in one progress post made the whole 台账 unreadable). Dates, buffers and
 * other class instances pass through untouched.
 */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafe(item)) as T;
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, xmlSafe(item)])) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafe(item)])) as T;
  }
  return value;
}
