import { parsePlan } from '../../core/plan';
import type { PlanAspect } from '../../core/plan';
import { deadline, fixture } from './fixtures';

// 一、 sections, （一）…方面 aspects, 1． problems with labels and synonyms (牵头领导 / 分管领导, 责任科室 / 责任股室,
// 完成时限 / 时限要求), （1）-numbered measures and 具体表现, and dated deadlines.

const text = fixture('dated-plan.txt');

const aspects = (yearEnd: string | null): PlanAspect[] => [
  {
    title: '党的领导弱化方面',
    problems: [
      {
        number: '1',
        title: '理论学习中心组学习制度落实不严格',
        manifestations: ['2025年中心组集体学习仅开展8次，未达到规定次数'],
        measures: ['制定年度学习计划，每月至少开展一次集体学习', '建立学习考勤和记录制度，由办公室专人负责', '每半年通报一次学习情况'],
        target: '中心组学习规范有序',
        leader: '刘志强',
        departments: ['办公室'],
        deadline: deadline('2026年6月30日前', { date: '2026-06-30' }),
      },
      {
        number: '2',
        title: '意识形态工作责任制落实不到位',
        manifestations: ['未按要求每半年专题研究一次意识形态工作', '校园网站信息审核把关不严'],
        measures: ['将意识形态工作纳入党组会议议事日程，每半年至少专题研究一次', '落实网站信息“三审三校”制度'],
        target: null,
        leader: '陈静',
        departments: ['宣传股', '信息中心'],
        deadline: deadline('2026年6月底前', { date: '2026-06-30' }),
      },
    ],
  },
  {
    title: '全面从严治党方面',
    problems: [
      {
        number: '1',
        title: '教辅材料征订监管不严',
        manifestations: ['个别学校存在违规统一征订教辅材料问题'],
        measures: ['开展教辅材料征订专项检查', '对违规学校负责人进行约谈'],
        target: null,
        leader: '陈静',
        departments: ['基础教育股'],
        deadline: deadline('年底前', { date: yearEnd }),
      },
      {
        number: '2',
        title: '食堂财务管理不规范',
        manifestations: ['3所学校食堂账目未做到日清月结'],
        measures: ['开展食堂财务专项审计', '建立食堂财务月报制度，并常态化开展抽查'],
        target: null,
        leader: '王磊',
        departments: ['计划财务股'],
        deadline: deadline('3个月内完成，并长期坚持', { months: 3, longTerm: true }),
      },
    ],
  },
];

describe('a plan with （1）-numbered measures and dated deadlines', () => {
  it('reads every field, taking the year of 年底前 from the plan date', () => {
    const plan = parsePlan(text, { planDate: '2026-03-20' });
    expect(plan.title).toBe('中共县教育局党组关于县委第三巡察组反馈问题的整改落实方案');
    expect(plan.aspects).toEqual(aspects('2026-12-31'));
    expect(plan.warnings).toEqual([]);
  });

  it('leaves 年底前 without a date, and says why, when no plan date is given', () => {
    const plan = parsePlan(text);
    expect(plan.aspects).toEqual(aspects(null));
    expect(plan.warnings).toEqual([
      { code: 'DATE_NEEDS_PLAN_DATE', message: '整改时限「年底前」没写年份，需要方案日期才能算出截止日', line: 35 },
    ]);
  });

  it('ignores a plan date that is not a real day, with a warning', () => {
    const plan = parsePlan(text, { planDate: '2026-02-30' });
    expect(plan.aspects).toEqual(aspects(null));
    expect(plan.warnings.map((warning) => warning.code)).toEqual(['INVALID_PLAN_DATE', 'DATE_NEEDS_PLAN_DATE']);
  });

  it('drops the numbered paragraphs of 三、保障措施: they are not problems', () => {
    const plan = parsePlan(text, { planDate: '2026-03-20' });
    expect(plan.aspects.flatMap((aspect) => aspect.problems.map((problem) => problem.title))).not.toContain('加强组织领导');
  });
});
