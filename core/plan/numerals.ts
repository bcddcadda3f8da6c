// Chinese numerals as plans write them in headings (一、（十二）) and ordinals (十一是).

const DIGITS = new Map<string, number>([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);

/** Character class body for regular expressions that accept a Chinese numeral. */
export const CN_NUMERAL = '[零〇一二两三四五六七八九十百]';

/** 十二 → 12, 一百零五 → 105; null when the text is not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const value = DIGITS.get(ch);
    if (value !== undefined) digit = value;
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else return null;
  }
  return total + digit;
}

/** Arabic or Chinese numeral → number; null for anything else (including masked `*`). */
export function parseNumeral(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

const WRITTEN = '零一二三四五六七八九';

/** 1..99 → 一..九十九, the way ordinals (一是, 十一是) are written. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return WRITTEN.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : WRITTEN.charAt(tens)}十${ones ? WRITTEN.charAt(ones) : ''}`;
}
