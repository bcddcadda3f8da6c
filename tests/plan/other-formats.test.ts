import { parsePlan } from '../../core/plan';
import { deadline, fixture } from './fixtures';

// Plans written the way other units write them: the parser is built for these too, not only for the seed.

describe('a plan with （一） problems under 一、 aspects', () => {
  it('reads every field and drops 三、整改要求 and its numbered paragraphs', () => {
    expect(parsePlan(fixture('heading-problem-plan.txt'))).toEqual({
      title: '县文化和旅游局党组关于巡察反馈意见的整改落实方案',
      aspects: [
        {
          title: '党的政治建设方面',
          problems: [
            {
              number: '一',
              title: '政治理论学习不深入',
              manifestations: ['学习流于形式，以读代学'],
              measures: ['制定学习计划', '开展专题研讨', '每季度检查学习笔记'],
              target: null,
              leader: '刘一',
              departments: ['办公室'],
              deadline: deadline('2026年6月30日', { date: '2026-06-30' }),
            },
            {
              number: '二',
              title: '民主集中制执行不严',
              manifestations: ['个别事项未经集体研究'],
              measures: ['修订议事规则', '严格落实“三重一大”'],
              target: null,
              leader: '刘一',
              departments: ['办公室'],
              deadline: deadline('立行立改', { immediate: true }),
            },
          ],
        },
        {
          title: '作风建设方面',
          problems: [
            {
              number: '一',
              title: '调查研究不够',
              manifestations: [],
              measures: ['每年开展专题调研'],
              target: null,
              leader: '陈二',
              departments: ['业务股'],
              deadline: deadline('长期坚持', { longTerm: true }),
            },
          ],
        },
      ],
      warnings: [],
    });
  });
});

describe('a plan with 【】 labels and owners in brackets after the measures', () => {
  it('reads every field', () => {
    expect(parsePlan(fixture('bracketed-plan.txt'))).toEqual({
      title: 'XX县发改局巡察整改落实工作方案',
      aspects: [
        {
          title: '关于“党的领导弱化”方面的问题',
          problems: [
            {
              number: '1',
              title: '重大项目谋划储备不足',
              manifestations: ['储备项目数量少、质量不高'],
              measures: ['建立项目储备库', '每季度开展项目谋划会'],
              target: null,
              leader: '钱七',
              departments: ['项目股'],
              deadline: deadline('2026年6月底前', { date: '2026-06-30' }),
            },
            {
              number: '2',
              title: '营商环境优化不力',
              manifestations: [],
              measures: ['开展营商环境评价', '整改评价发现的问题'],
              target: null,
              leader: '钱七',
              leaderNote: '钱七：分管副局长',
              departments: ['办公室（牵头）', '法规股'],
              deadline: deadline('立行立改', { immediate: true }),
            },
            {
              number: '三',
              title: '内部管理松散',
              manifestations: [],
              measures: ['严格考勤'],
              target: null,
              leader: '孙八',
              departments: ['办公室'],
              deadline: deadline('3个月', { months: 3 }),
            },
          ],
        },
      ],
      warnings: [],
    });
  });
});

describe('a compact plan, one problem per line and no aspects', () => {
  it('reads every field and puts the problems under 未分方面 with a warning', () => {
    expect(parsePlan(fixture('compact-plan.txt'))).toEqual({
      title: 'XX县统计局巡察整改清单',
      aspects: [
        {
          title: '未分方面',
          problems: [
            {
              number: '1',
              title: '统计数据质量管控不严',
              manifestations: [],
              measures: ['建立数据三级审核制度'],
              target: null,
              leader: '赵六',
              departments: ['综合股'],
              deadline: deadline('2026年7月31日前', { date: '2026-07-31' }),
            },
            {
              number: '2',
              title: '统计执法检查开展少',
              manifestations: [],
              measures: ['制定年度执法计划', '联合开展专项检查'],
              target: null,
              leader: '赵六',
              departments: ['执法队'],
              deadline: deadline('长期坚持', { longTerm: true }),
            },
          ],
        },
      ],
      warnings: [{ code: 'NO_ASPECT', message: '问题之前没有「方面」标题，已归入「未分方面」', line: 2 }],
    });
  });
});
