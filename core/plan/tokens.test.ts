import { toLines } from './normalize';
import { tokenize } from './tokens';

const tokensOf = (...lines: string[]) => tokenize(toLines(lines.join('\n'))).map(({ line: _line, ...token }) => token);

describe('tokenize', () => {
  it('tells problems, headings, aspects, labels and text apart', () => {
    expect(tokensOf('问题1：短板', '（一）政治建设方面', '作风建设方面', '责任领导：张三', '按照要求整改。')).toEqual([
      { type: 'problem', number: '1', rest: '短板', wordOnly: false },
      { type: 'heading', marker: { kind: 'pcn', label: '一', value: 1, rest: '政治建设方面' }, text: '（一）政治建设方面' },
      { type: 'aspect', title: '作风建设方面' },
      { type: 'label', field: 'leader', value: '张三' },
      { type: 'text', text: '按照要求整改。' },
    ]);
  });

  it('splits a line into its own token and the labels written inside it', () => {
    expect(tokensOf('问题1：学风不实，具体表现在：心得雷同。')).toEqual([
      { type: 'problem', number: '1', rest: '学风不实，', wordOnly: false },
      { type: 'label', field: 'manifestations', value: '心得雷同。' },
    ]);
  });

  it('reads a numbered label as the label, but a section named like one as a heading', () => {
    expect(tokensOf('2.整改措施：深入调研', '（二）整改目标：年底前整改到位')).toEqual([
      { type: 'label', field: 'measures', value: '深入调研' },
      { type: 'label', field: 'target', value: '年底前整改到位' },
    ]);
    expect(tokensOf('三、整改措施')[0]).toMatchObject({ type: 'heading', marker: { kind: 'cn', rest: '整改措施' } });
  });

  it('reads 存在问题： under each numbered heading as that problem\'s 具体表现', () => {
    expect(tokensOf('1.考勤不严。', '存在问题：迟到早退。', '整改措施：打卡', '2.台账不全', '存在问题：缺3本', '整改措施：补齐')).toEqual([
      expect.objectContaining({ type: 'heading' }),
      { type: 'label', field: 'manifestations', value: '迟到早退。' },
      { type: 'label', field: 'measures', value: '打卡' },
      expect.objectContaining({ type: 'heading' }),
      { type: 'label', field: 'manifestations', value: '缺3本' },
      { type: 'label', field: 'measures', value: '补齐' },
    ]);
  });

  it('keeps 问题： a problem under an aspect, or when one heading has several', () => {
    expect(tokensOf('（一）作风方面', '问题：考勤不严', '整改措施：打卡')[1]).toMatchObject({ type: 'problem', wordOnly: true });
    const several = tokensOf('一、作风建设', '问题：考勤不严', '整改措施：打卡', '问题：台账不全', '整改措施：补齐');
    expect(several.filter((token) => token.type === 'problem')).toHaveLength(2);
  });

  it('reads "1 标题" as a heading only in a plan numbered 1.1', () => {
    expect(tokensOf('1 作风方面', '1.1 考勤不严')[0]).toMatchObject({ type: 'heading', marker: { kind: 'ar', value: 1 } });
    expect(tokensOf('1 作风方面', '1.考勤不严')[0]).toMatchObject({ type: 'aspect' });
  });

  it('reads a table as one token', () => {
    expect(tokensOf('前言', '序号\t问题\t整改措施', '1\t甲\t乙', '结尾')).toEqual([
      { type: 'text', text: '前言' },
      expect.objectContaining({ type: 'table' }),
      { type: 'text', text: '结尾' },
    ]);
  });
});
