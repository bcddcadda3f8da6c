/**
 * Subscription message values cut to the platform's limits on purpose, so a send never fails with 47003 because of
 * our data: thing ≤ 20 characters, phrase ≤ 5, name ≤ 10, character_string ≤ 32 (ASCII), date as 2026年12月31日.
 */
const LIMITS = { thing: 20, phrase: 5, name: 10, character_string: 32, letter: 32, number: 32 } as const;

/** Counts characters, not UTF-16 units: an emoji or a rare character is one. */
function cut(text: string, limit: number, ellipsis: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  if (characters.length <= limit) return characters.join('');
  return characters.slice(0, limit - ellipsis.length).join('') + ellipsis;
}

export type TemplateFieldKind = 'thing' | 'phrase' | 'name' | 'date' | 'time' | 'character_string' | 'number' | 'letter';

export function kindOfKey(key: string): TemplateFieldKind | null {
  const match = /^(thing|phrase|name|date|time|character_string|number|letter)\d+$/.exec(key);
  return match ? (match[1] as TemplateFieldKind) : null;
}

/** A value that the field's kind accepts; empty text becomes a dash, since an empty value is refused too. */
export function fitValue(key: string, value: string): string {
  const kind = kindOfKey(key);
  const text = value.trim() === '' ? '-' : value;
  switch (kind) {
    case 'thing':
      return cut(text, LIMITS.thing, '…');
    case 'phrase':
      // Only Chinese characters are allowed in a phrase.
      return cut(text.replace(/[^\u4e00-\u9fa5]/g, ''), LIMITS.phrase, '') || '提醒';
    case 'name':
      return cut(text, LIMITS.name, '');
    case 'character_string':
      return cut(text.replace(/[^\x21-\x7e]/g, ''), LIMITS.character_string, '') || '-';
    case 'letter':
      return cut(text.replace(/[^A-Za-z]/g, ''), LIMITS.letter, '') || 'A';
    case 'number':
      return cut(text.replace(/[^\d.]/g, ''), LIMITS.number, '') || '0';
    default:
      return text;
  }
}
