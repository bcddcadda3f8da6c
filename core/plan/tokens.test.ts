import { toLines } from './normalize';
import { tokenize } from './tokens';

const tokensOf = (...lines: string[]) => tokenize(toLines(lines.join('\n'))).map(({ line: _line, ...token }) => token);

describe('tokenize', () => {
  it('tells problems, headings, aspects, labels and text apart', () => {
    expect(tokensOf('问题1：短板', '（一）政治建设方面', '作风建设方面', '责任领导：张三', '按照要求整改。')).toEqual([
      { type: 'problem', number: '1', rest: '短板' },
      { type: 'heading', marker: { kind: 'pcn', label: '一', value: 1, rest: '政治建设方面' }, text: '（一）政治建设方面' },
      { type: 'aspect', title: '作风建设方面' },
      { type: 'label', field: 'leader', value: '张三' },
      { type: 'text', text: '按照要求整改。' },
    ]);
  });

  it('splits a line into its own token and the labels written inside it', () => {
    expect(tokensOf('问题1：学风不实，具体表现在：心得雷同。')).toEqual([
      { type: 'problem', number: '1', rest: '学风不实，' },
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

  it('reads a table as one token', () => {
    expect(tokensOf('前言', '序号\t问题\t整改措施', '1\t甲\t乙', '结尾')).toEqual([
      { type: 'text', text: '前言' },
      expect.objectContaining({ type: 'table' }),
      { type: 'text', text: '结尾' },
    ]);
  });
});
