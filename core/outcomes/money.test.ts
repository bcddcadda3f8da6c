import { fenOfYuan, wanYuanText, yuanText } from './money';

describe('money in 分', () => {
  it('reads 元 with at most two decimals exactly, and nothing else', () => {
    expect(fenOfYuan('12345.67')).toBe(1_234_567);
    expect(fenOfYuan('0.1')).toBe(10);
    expect(fenOfYuan(' 20000 ')).toBe(2_000_000);
    for (const text of ['12.345', '-5', '1e5', '一万', '', '1,000']) expect(fenOfYuan(text)).toBeNull();
  });

  it('prints exact 元 on vouchers and 万元 in figures, never 0万元', () => {
    expect(yuanText(1_234_567)).toBe('12345.67元');
    expect(wanYuanText(1_234_567)).toBe('1.23万元');
    expect(wanYuanText(2_000_000)).toBe('2万元');
    expect(wanYuanText(1_995_000)).toBe('2万元');
    expect(wanYuanText(1_250_000)).toBe('1.25万元');
    expect(wanYuanText(1_200_000)).toBe('1.2万元');
    expect(wanYuanText(50_000)).toBe('500元');
    expect(wanYuanText(50_050)).toBe('500.50元');
  });
});
