import { fitValue } from './message';

describe('subscription values that never fail with 47003', () => {
  it('cuts a thing to 20 characters with an ellipsis, counting characters', () => {
    const long = '关于进一步加强新闻宣传阵地管理和意识形态工作责任制落实的问题';
    const fitted = fitValue('thing1', long);
    expect([...fitted]).toHaveLength(20);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitValue('thing2', '短标题')).toBe('短标题');
    expect([...fitValue('thing3', '😀'.repeat(30))]).toHaveLength(20);
  });

  it('keeps a phrase to 5 Chinese characters', () => {
    expect(fitValue('phrase1', '已逾期（红色预警）')).toBe('已逾期红色');
    expect(fitValue('phrase2', 'ok')).toBe('提醒');
  });

  it('never sends an empty value', () => {
    expect(fitValue('thing1', '  ')).toBe('-');
    expect(fitValue('name1', '')).toBe('-');
  });

  it('keeps character strings ASCII and short', () => {
    expect(fitValue('character_string1', '编号ZG-2026-0001-有中文')).toBe('ZG-2026-0001-');
  });
});
