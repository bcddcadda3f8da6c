import { parsePlan } from '../../core/plan';
import type { ParsedPlan } from '../../core/plan';
import { deadline, fixture } from './fixtures';

// `1．问题：` problems under `一、…方面` aspects; measures 1．…；2．… on one line, or 1．lines under the label.

const EXPECTED: ParsedPlan = {
  title: '县市场监督管理局党组巡察整改方案',
  aspects: [
    {
      title: '关于党的政治建设方面',
      problems: [
        {
          number: '1',
          title: '贯彻落实上级决策部署打折扣',
          manifestations: ['食品安全专项整治行动推进缓慢'],
          measures: ['制定专项整治工作方案，明确时间表和路线图', '每周调度一次整治进展'],
          target: null,
          leader: '赵刚',
          departments: ['食品安全监管股'],
          deadline: deadline('2026年5月31日前', { date: '2026-05-31' }),
        },
        {
          number: '2',
          title: '学习贯彻上级会议精神不及时',
          manifestations: ['传达学习上级重要会议精神滞后', '学习后未结合实际研究贯彻措施'],
          measures: ['建立会议精神学习传达台账', '学习后一周内研究提出贯彻落实措施'],
          target: null,
          leader: '赵刚',
          departments: ['办公室'],
          deadline: deadline('立行立改并常态化坚持', { immediate: true, longTerm: true }),
        },
      ],
    },
    {
      title: '关于全面从严治党方面',
      problems: [
        {
          number: '1',
          title: '行政执法案卷不规范',
          manifestations: ['抽查的20份执法案卷中有6份文书填写不完整'],
          measures: ['对2025年以来的执法案卷开展全面评查，逐卷整改'],
          target: null,
          leader: '孙丽',
          departments: ['法规股', '各市场监管所'],
          deadline: deadline('3个月内', { months: 3 }),
        },
      ],
    },
  ],
  warnings: [],
};

describe('a plan with 1．问题： problems under 一、 aspects', () => {
  it('reads every field', () => {
    expect(parsePlan(fixture('numbered-problem-plan.txt'))).toEqual(EXPECTED);
  });

  it('reads the same with half-width 1. and (一)-style markers', () => {
    const halfWidth = fixture('numbered-problem-plan.txt').replace(/．/g, '.');
    expect(parsePlan(halfWidth)).toEqual(EXPECTED);
  });
});
