// Reads that the parser's own logic guarantees (a group every match of its pattern fills, an index inside the bounds
// of the loop that walks it), checked under noUncheckedIndexedAccess: a broken guarantee says which one, instead of
// `undefined` travelling on as text.

/** The text of a capture group that takes part in every match of its pattern. */
export function group(match: RegExpMatchArray, index: number): string {
  const text = match[index];
  if (text === undefined) throw new Error(`capture group ${index} is missing from the match of "${match[0]}"`);
  return text;
}

/** The item at an index the caller's loop keeps within bounds. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} is outside a list of ${items.length}`);
  return item;
}
