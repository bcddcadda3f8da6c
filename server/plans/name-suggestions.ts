import type { NameSuggestion } from '../../core/plans/resolution';
import { matchName } from '../../core/roster/name-match';

interface Named {
  id: string;
  name: string;
}

/** Every distinct written name, in the order the plan first uses it. */
export function distinctNames(names: Iterable<string | null>): string[] {
  return [...new Set([...names].filter((name): name is string => typeof name === 'string' && name.trim() !== ''))];
}

export function suggestNames(written: readonly string[], roster: readonly Named[]): NameSuggestion[] {
  return written.map((name) => {
    const match = matchName(name, roster, (item) => item.name);
    if (match.kind === 'exact') return { written: name, match: 'exact', candidates: [{ id: match.item.id, name: match.item.name }] };
    if (match.kind === 'close') return { written: name, match: 'close', candidates: match.candidates.map(({ id, name: n }) => ({ id, name: n })) };
    return { written: name, match: 'none', candidates: [] };
  });
}
