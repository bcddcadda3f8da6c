import { parsePlan } from './parse-plan';

const plan = (...lines: string[]) => parsePlan(lines.join('\n'));
const codes = (...lines: string[]) => plan(...lines).warnings.map((warning) => `${warning.code}@${warning.line}`);
const FIELDS = ['责任领导：张三', '责任单位：办公室', '整改时限：立行立改'];

describe('parsePlan', () => {
  it('reads （一）-numbered measures as a list, not as the next aspect', () => {
    const result = plan('（一）政治建设方面', '问题1：学习不深入', '整改措施：', '（一）加强学习；', '（二）集中研讨。', ...FIELDS, '（二）作风建设方面', '问题1：调研不够', '整改措施：深入调研', ...FIELDS);
    expect(result.aspects.map((aspect) => aspect.title)).toEqual(['政治建设方面', '作风建设方面']);
    expect(result.aspects[0]?.problems[0]?.measures).toEqual(['加强学习', '集中研讨']);
  });

  it('takes the title from the next line when the heading has none', () => {
    expect(plan('问题1：', '学习不深入。', '整改措施：加强学习', ...FIELDS).aspects[0]?.problems[0]?.title).toBe('学习不深入');
  });

  it('reads the plan title, wrapped over two lines or not, and no sentence as a title', () => {
    expect(plan('关于县委第一巡察组反馈意见的', '整改落实方案', '问题1：甲', '整改措施：乙').title).toBe('关于县委第一巡察组反馈意见的整改落实方案');
    expect(plan('中共某某县委办公室', '关于巡察反馈意见整改工作方案（试行）', '问题1：甲').title).toBe('关于巡察反馈意见整改工作方案（试行）');
    expect(plan('按照要求，制定如下整改落实方案。', '问题1：甲').title).toBeNull();
  });

  it('drops numbered paragraphs that carry no field, in plans whose problems are numbered headings', () => {
    const result = plan('一、政治建设方面', '（一）学习不深入', '整改措施：加强学习', ...FIELDS, '二、整改要求', '（一）提高认识。要高度重视。', '（二）强化督导。');
    expect(result.aspects.map((aspect) => aspect.title)).toEqual(['政治建设方面']);
    expect(result.aspects[0]?.problems.map((problem) => problem.title)).toEqual(['学习不深入']);
  });

  it('warns about text after a filled single-value field, an aspect without problems and a problem without measures', () => {
    expect(codes('问题1：学习不深入', '整改措施：加强学习', ...FIELDS, '以上请认真落实。')).toEqual(['NO_ASPECT@1', 'STRAY_TEXT@6']);
    expect(codes('政治建设方面', '作风建设方面', '问题1：调研不够', ...FIELDS)).toEqual(['EMPTY_ASPECT@1', 'NO_MEASURES@3']);
  });

  it('warns about missing departments and deadline, pointing at their labels', () => {
    expect(codes('政治建设方面', '问题1：学习不深入', '整改措施：加强学习', '责任领导：张三', '责任单位：', '整改时限：')).toEqual([
      'MISSING_DEPARTMENTS@5',
      'MISSING_DEADLINE@6',
    ]);
  });

  it('keeps a masked number and a repeated one as separate problems', () => {
    const result = plan('政治建设方面', '问题1：甲', '整改措施：一', ...FIELDS, '问题1：乙', '整改措施：二', ...FIELDS, '问题*：丙', '整改措施：三', ...FIELDS);
    expect(result.aspects[0]?.problems.map((problem) => [problem.number, problem.title])).toEqual([['1', '甲'], ['1', '乙'], [null, '丙']]);
    expect(result.warnings.map((warning) => `${warning.code}@${warning.line}`)).toEqual(['DUPLICATE_NUMBER@7', 'MASKED_NUMBER@12']);
  });
});

describe('parsePlan with numbered fields', () => {
  it('reads fields numbered 1. 2. 3. under a problem, and ignores numbered labels in the preamble', () => {
    const result = plan(
      '一、总体要求',
      '（一）指导思想：以问题为导向。',
      '（二）整改目标：年底前全部整改到位。',
      '二、政治建设方面',
      '（一）问题：学习不深入',
      '1.具体表现：以读代学。',
      '2.整改措施：（1）制定计划；（2）专题研讨。',
      '3.责任领导：吴九',
      '4.责任单位：办公室',
      '5.整改时限：长期坚持',
    );
    expect(result.aspects).toEqual([
      {
        title: '政治建设方面',
        problems: [
          {
            number: '一',
            title: '学习不深入',
            manifestations: ['以读代学'],
            measures: ['制定计划', '专题研讨'],
            target: null,
            leader: '吴九',
            departments: ['办公室'],
            deadline: { immediate: false, longTerm: true, months: null, date: null, text: '长期坚持' },
          },
        ],
      },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('parsePlan with masks outside problems', () => {
  it('keeps a masked plan title and aspect title as written, and says where the masks are', () => {
    const result = plan('关于县委第*巡察组反馈意见的整改落实方案', '（一）*专项方面', '问题1：甲', '整改措施：乙', ...FIELDS);
    expect(result.title).toBe('关于县委第*巡察组反馈意见的整改落实方案');
    expect(result.aspects[0]?.title).toBe('*专项方面');
    expect(codes('关于县委第*巡察组反馈意见的整改落实方案', '（一）*专项方面', '问题1：甲', '整改措施：乙', ...FIELDS)).toEqual([
      'MASKED_TEXT@1',
      'MASKED_TEXT@2',
    ]);
  });
});
