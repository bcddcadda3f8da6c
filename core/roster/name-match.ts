/** How a name written in a plan relates to the roster: the same name, names that are probably meant, or none. */
export type NameMatch<T> = { kind: 'exact'; item: T } | { kind: 'close'; candidates: T[] } | { kind: 'none' };

function normalise(name: string): string {
  return name.replace(/[\s\u00a0\u3000（）()·•.]/g, '').toLowerCase();
}

// Unit prefixes and suffixes that plans add or drop: 中心办公室 vs 办公室, 财务室 vs 财务股.
const DROPPABLE = /^(中心|县|局|本单位)|(室|部|股|科|办|组|中心|部门|办公室)$/g;

function stem(name: string): string {
  return normalise(name).replace(DROPPABLE, '');
}

/** Levenshtein distance, for one-character slips in short Chinese names. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] as number;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

function isClose(written: string, known: string): boolean {
  const a = normalise(written);
  const b = normalise(known);
  if (a.length === 0 || b.length === 0) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const sa = stem(written);
  const sb = stem(known);
  if (sa.length > 0 && sa === sb) return true;
  return Math.max(a.length, b.length) >= 3 && editDistance(a, b) === 1;
}

/** Matches a written name against roster items; whitespace and brackets never make two names differ. */
export function matchName<T>(written: string, items: readonly T[], nameOf: (item: T) => string): NameMatch<T> {
  const exact = items.find((item) => normalise(nameOf(item)) === normalise(written));
  if (exact) return { kind: 'exact', item: exact };
  const candidates = items.filter((item) => isClose(written, nameOf(item)));
  return candidates.length > 0 ? { kind: 'close', candidates } : { kind: 'none' };
}
