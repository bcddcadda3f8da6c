import { parsedPlanSchema, parsePlan } from '../../core/plan';
import type { ParsedPlan } from '../../core/plan';
import { deadline, fixture } from './fixtures';

// A 台账-style plan: 序号 / 问题类别 / 具体问题 / 整改措施 / 责任领导 / 责任单位 / 完成时限, the category column naming
// the aspects, numbered measures inside a cell and, in the tab version, cells spread over several lines.

const EXPECTED: ParsedPlan = {
  title: '县农业农村局党组关于县委第二巡察组反馈意见的整改方案',
  aspects: [
    {
      title: '党的政治建设',
      problems: [
        {
          number: '1',
          title: '学习贯彻习近平总书记重要讲话精神不及时',
          manifestations: [],
          measures: ['建立“第一议题”制度，党组会议首先传达学习重要讲话精神', '每季度开展一次专题研讨', '将学习情况纳入年度考核'],
          target: null,
          leader: '王建国',
          departments: ['办公室', '人事股'],
          deadline: deadline('立行立改，长期坚持', { immediate: true, longTerm: true }),
        },
        {
          number: '2',
          title: '落实乡村振兴责任不到位，部分帮扶项目进度滞后',
          manifestations: [],
          measures: ['逐项梳理帮扶项目，建立进度台账', '每月调度项目进度，对滞后项目挂牌督办', '年底前对项目完成情况开展一次评估'],
          target: null,
          leader: '李明',
          departments: ['乡村振兴股', '计划财务股'],
          deadline: deadline('2026年6月底前', { date: '2026-06-30' }),
        },
      ],
    },
    {
      title: '全面从严治党',
      problems: [
        {
          number: '3',
          title: '公务用车管理不规范，存在公车私用现象',
          manifestations: [],
          measures: ['修订《公务用车管理办法》', '实行用车登记和定位管理'],
          target: null,
          leader: null,
          departments: ['办公室'],
          deadline: deadline('3个月内', { months: 3 }),
        },
        {
          number: '4',
          title: '项目资金拨付审核不严',
          manifestations: [],
          measures: ['对2024年以来拨付的项目资金开展自查', '完善资金拨付“三审”制度'],
          target: null,
          leader: '张华',
          departments: ['计划财务股', '审计室'],
          deadline: deadline('2026年9月30日前', { date: '2026-09-30' }),
        },
      ],
    },
  ],
  warnings: [{ code: 'MASKED_VALUE', message: '责任领导「*」被隐去（含 *），已留空，请补填', line: 9 }],
};

describe('a table-format plan', () => {
  it('reads a tab-separated table whose cells run over several lines', () => {
    const plan = parsePlan(fixture('table-plan.txt'));
    expect(plan).toEqual(EXPECTED);
    expect(parsedPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('reads the same table written with | separators', () => {
    expect(parsePlan(fixture('table-plan-pipe.txt'))).toEqual(EXPECTED);
  });

  it('inherits an empty category from the row above and starts a new aspect when it changes', () => {
    const plan = parsePlan(fixture('table-plan.txt'));
    expect(plan.aspects.map((aspect) => aspect.problems.map((problem) => problem.number))).toEqual([['1', '2'], ['3', '4']]);
  });

  it('takes header synonyms, a category row across the table, and a row split over a page break', () => {
    const text = [
      '编号\t存在问题\t具体表现\t整改举措\t牵头领导\t责任科室\t整改期限\t备注',
      '一、作风建设方面',
      '1\t窗口服务不规范\t群众反映办事排队时间长\t1.推行预约办理\t刘强\t政务服务股\t立即整改\t',
      '\t\t\t2.设立帮办代办窗口\t\t\t\t',
      '二、廉政建设方面',
      '2\t公务接待超标准\t2025年两次接待超标\t严格执行接待清单\t刘强\t办公室\t2026年12月31日前\t已启动',
    ].join('\n');
    const plan = parsePlan(text);
    expect(plan.aspects).toEqual([
      {
        title: '作风建设方面',
        problems: [
          {
            number: '1',
            title: '窗口服务不规范',
            manifestations: ['群众反映办事排队时间长'],
            measures: ['推行预约办理', '设立帮办代办窗口'],
            target: null,
            leader: '刘强',
            departments: ['政务服务股'],
            deadline: deadline('立即整改', { immediate: true }),
          },
        ],
      },
      {
        title: '廉政建设方面',
        problems: [
          {
            number: '2',
            title: '公务接待超标准',
            manifestations: ['2025年两次接待超标'],
            measures: ['严格执行接待清单'],
            target: null,
            leader: '刘强',
            departments: ['办公室'],
            deadline: deadline('2026年12月31日前', { date: '2026-12-31' }),
          },
        ],
      },
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('puts a table without a category column under the heading above it, or under 未分方面 with a warning', () => {
    const table = ['序号\t问题\t整改措施\t责任单位\t完成时限', '1\t台账不全\t补齐台账\t办公室\t立行立改'].join('\n');
    expect(parsePlan(`一、制度建设方面\n${table}`).aspects.map((aspect) => aspect.title)).toEqual(['制度建设方面']);
    const unnamed = parsePlan(table);
    expect(unnamed.aspects.map((aspect) => aspect.title)).toEqual(['未分方面']);
    expect(unnamed.warnings.map((warning) => warning.code)).toEqual(['NO_ASPECT', 'MISSING_LEADER']);
  });

  it('warns about a row with more cells than the header, keeping the extra text in the last column', () => {
    const plan = parsePlan(['序号\t问题\t整改措施\t完成时限', '1\t台账不全\t补齐台账\t立行立改\t长期坚持'].join('\n'));
    expect(plan.aspects[0]?.problems[0]?.deadline).toEqual(deadline('立行立改 长期坚持', { immediate: true, longTerm: true }));
    expect(plan.warnings.filter((warning) => warning.code === 'TABLE_ROW_CELLS')).toEqual([
      { code: 'TABLE_ROW_CELLS', message: '表格这一行的格数与表头不一致（5/4），请核对各列是否错位', line: 2 },
    ]);
  });
});
