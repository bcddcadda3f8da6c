import { parsePlan } from '../../core/plan';
import type { ParsedPlan } from '../../core/plan';
import { deadline, fixture } from './fixtures';

// 问题N： problems under 一、…方面, 具体表现 inline after the title, measures 一是…；二是…； on one line or many,
// and 责任领导 and 责任单位 on one line.

const EXPECTED: ParsedPlan = {
  title: '县林业局党组巡察整改落实方案',
  aspects: [
    {
      title: '政治建设方面',
      problems: [
        {
          number: '1',
          title: '干部作风不实',
          manifestations: ['下乡调研走过场，调研报告质量不高'],
          measures: ['制定调研工作规范，明确调研时间和成果要求', '每季度开展一次调研成果评比', '将调研情况纳入干部考核'],
          target: '调研工作务实有效',
          leader: '周涛',
          departments: ['办公室'],
          deadline: deadline('立行立改', { immediate: true }),
        },
        {
          number: '2',
          title: '林长制工作推进不力',
          manifestations: ['部分村级林长巡林记录缺失'],
          measures: ['建立林长巡林月报制度', '对巡林记录开展季度抽查', '将林长制落实情况纳入乡镇年度考核'],
          target: null,
          leader: '吴斌',
          departments: ['资源管理股', '各林业站'],
          deadline: deadline('2个月内整改到位，长期坚持', { months: 2, longTerm: true }),
        },
      ],
    },
    {
      title: '作风建设方面',
      problems: [
        {
          number: '1',
          title: '执行中央八项规定精神不严格',
          manifestations: ['个别干部存在公车私用问题'],
          measures: ['开展公车使用专项检查', '对违规人员严肃处理'],
          target: null,
          leader: null,
          departments: ['办公室'],
          deadline: deadline('马上就改', { immediate: true }),
        },
      ],
    },
  ],
  warnings: [{ code: 'MISSING_LEADER', message: '未填写责任领导，请补填', line: 20 }],
};

describe('a plan with inline 一是…；二是…；', () => {
  it('reads every field', () => {
    expect(parsePlan(fixture('inline-plan.txt'))).toEqual(EXPECTED);
  });

  it('does not take a 是 inside a word (统一是, 十一是) for an ordinal', () => {
    const plan = parsePlan('问题1：标准不统一\n整改措施：一是统一是非标准；二是明确口径。\n责任领导：甲\n责任单位：乙\n整改时限：立行立改');
    expect(plan.aspects[0]?.problems[0]?.measures).toEqual(['统一是非标准', '明确口径']);
  });
});
