/** Money is kept as an integer of 分 so that sums are exact; people type and read 元. */

const YUAN = /^(\d{1,10})(?:\.(\d{1,2}))?$/;
const FEN_PER_WAN = 1_000_000;

/** "1234.5" → 123450; null when the text is not an amount of 元 with at most two decimals. */
export function fenOfYuan(text: string): number | null {
  const match = YUAN.exec(text.trim());
  if (!match) return null;
  const [, whole, cents = ''] = match;
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** 123450 → "1234.50元" (exact, as a voucher says it). */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}元`;
}

/**
 * The amount as 通报 state it: 万元 to two decimals at most (rounded half up, "2万元", "1.2万元") from 1万元 on, exact
 * 元 below — so a small sum never reads "0万元".
 */
export function wanYuanText(fen: number): string {
  if (fen < FEN_PER_WAN) return yuanText(fen).replace(/\.00元$/, '元');
  const hundredths = Math.floor((fen * 100 + FEN_PER_WAN / 2) / FEN_PER_WAN);
  const decimals = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return `${Math.floor(hundredths / 100)}${decimals ? `.${decimals}` : ''}万元`;
}
