import type { MonthlyReportInput, ReportItem } from './monthly-report';
import { buildMonthlyReport, dueDateAtCutoff, statusAtCutoff } from './monthly-report';

const item = (overrides: Partial<ReportItem>): ReportItem => ({
  id: 't1',
  planId: 'p1',
  seq: 1,
  aspectIndex: 0,
  aspectTitle: '（一）制度建设方面',
  number: '问题1',
  title: '学风文风不实',
  leaderName: '李卫东',
  departmentNames: ['办公室'],
  deadline: { immediate: false, longTerm: false, months: null, date: '2026-05-31', text: '5月底前' },
  status: 'in_progress',
  dueDate: '2026-05-31',
  nextReviewDue: null,
  closedOn: null,
  latestProgress: null,
  extension: null,
  ...overrides,
});

function input(overrides: Partial<MonthlyReportInput> = {}): MonthlyReportInput {
  return {
    unitName: '青山县融媒体中心',
    month: '2026-05',
    cutoff: '2026-05-31',
    generatedOn: '2026-06-01',
    plans: [{ id: 'p1', title: '巡察整改落实方案', kind: 'xuncha', kindLabel: '巡察', source: '县委第三巡察组反馈意见' }],
    items: [
      item({ id: 'late', seq: 1, title: '资产管理不严格', dueDate: '2026-05-10', latestProgress: { day: '2026-05-08', text: '已完成资产清查' }, extension: { reason: '需等待财政审批', newDate: '2026-06-30', state: 'pending' } }),
      item({ id: 'done', seq: 2, title: '项目资金结余未上缴财政', status: 'closed', closedOn: '2026-05-20' }),
      item({ id: 'next', seq: 3, aspectIndex: 1, aspectTitle: '（二）作风建设方面', title: '财务核算不规范', dueDate: '2026-06-15' }),
      item({ id: 'idle', seq: 4, aspectIndex: 1, aspectTitle: '（二）作风建设方面', title: '内控制度不规范', status: 'not_started', dueDate: '2026-09-30' }),
      item({ id: 'lt', seq: 5, title: '约谈工作流于形式', status: 'long_term', dueDate: null, closedOn: '2026-04-01', nextReviewDue: '2026-06-20' }),
    ],
    posts: [
      { taskId: 'done', day: '2026-05-03', text: '已将结余资金全额上缴财政' },
      { taskId: 'late', day: '2026-05-08', text: '已完成资产清查' },
    ],
    changes: [
      { taskId: 'done', day: '2026-05-12', kind: 'applied', to: 'pending_review', opinion: null },
      { taskId: 'done', day: '2026-05-15', kind: 'review_pass', to: 'pending_signoff', opinion: '同意' },
      { taskId: 'done', day: '2026-05-20', kind: 'signoff_pass', to: 'closed', opinion: '同意销号' },
      { taskId: 'next', day: '2026-05-21', kind: 'started', to: 'in_progress', opinion: null },
    ],
    ...overrides,
  };
}

describe('the state of an item at the report’s cut-off', () => {
  it('rolls the status back over changes made after the cut-off', () => {
    expect(statusAtCutoff('closed', [])).toBe('closed');
    expect(
      statusAtCutoff('closed', [
        { at: '2026-06-03T01:00:00.000Z', from: 'pending_signoff' },
        { at: '2026-06-02T01:00:00.000Z', from: 'pending_review' },
      ]),
    ).toBe('pending_review');
  });

  it('rolls the due day back over an extension granted after the cut-off', () => {
    const end = new Date('2026-05-31T16:00:00Z');
    const granted = { decision: 'approve', decidedAt: '2026-06-05T02:00:00.000Z', previousDate: '2026-05-20' };
    expect(dueDateAtCutoff('2026-07-31', [granted], end)).toBe('2026-05-20');
    expect(dueDateAtCutoff('2026-07-31', [{ ...granted, decidedAt: '2026-05-25T02:00:00.000Z' }], end)).toBe('2026-07-31');
    expect(dueDateAtCutoff('2026-07-31', [{ ...granted, decision: 'refuse' }], end)).toBe('2026-07-31');
  });
});

describe('buildMonthlyReport', () => {
  const report = buildMonthlyReport(input());
  const text = [report.title, report.subtitle, report.opening, ...report.sections.flatMap((section) => [section.heading, ...section.paragraphs, ...section.subsections.flatMap((sub) => [sub.heading, ...sub.paragraphs])])].join('\n');

  it('is titled and sectioned like a government report: 一、二、三、四', () => {
    expect(report.title).toBe('青山县融媒体中心关于巡察反馈问题整改进展情况的报告');
    expect(report.subtitle).toBe('（2026年5月）');
    expect(report.sections.map((section) => section.heading)).toEqual(['一、总体进展情况', '二、本月整改工作开展情况', '三、存在的问题及原因', '四、下一步工作安排']);
    expect(report.signature).toEqual({ unit: '青山县融媒体中心', date: '2026年6月1日' });
  });

  it('states the overall figures at the cut-off', () => {
    expect(report.figures).toEqual({
      total: 5,
      done: 2,
      longTerm: 1,
      consolidationOverdue: 0,
      inProgress: 2,
      pendingClosure: 0,
      notStarted: 1,
      overdue: 1,
      rate: 40,
      postsThisMonth: 2,
      itemsWithPosts: 2,
      appliedThisMonth: 1,
      closedThisMonth: 1,
      dueNextMonth: 1,
    });
    expect(report.sections[0]?.paragraphs[0]).toContain('截至2026年5月31日，巡察整改落实方案共明确整改问题5个');
    expect(report.sections[0]?.paragraphs[0]).toContain('整改完成率40%');
  });

  it('says what was done per item, grouped by 方面 and renumbered', () => {
    const work = report.sections[1];
    expect(work?.subsections.map((sub) => sub.heading)).toEqual(['（一）制度建设方面', '（二）作风建设方面']);
    expect(work?.subsections[0]?.paragraphs[1]).toBe(
      '2.关于“项目资金结余未上缴财政”问题（责任部门：办公室；责任领导：李卫东）。5月3日，已将结余资金全额上缴财政；5月12日提交销号申请；5月15日经责任领导审核通过；5月20日经领导小组组长审定销号。目前状态：已销号。',
    );
    expect(text).toContain('5月21日开始整改');
    expect(text).not.toContain('内控制度不规范”问题（');
  });

  it('says what is overdue and why: the extension asked for and the latest progress', () => {
    const problems = report.sections[2]?.paragraphs.join('\n') ?? '';
    expect(problems).toContain('1.“资产管理不严格”（责任部门：办公室；责任领导：李卫东），整改时限为2026年5月10日，已逾期21天');
    expect(problems).toContain('已申请延期至2026年6月30日，理由：需等待财政审批。');
    expect(problems).toContain('最新进展（5月8日）：已完成资产清查。');
  });

  it('names next month’s focus: items falling due and consolidation reports', () => {
    const next = report.sections[3]?.paragraphs.join('\n') ?? '';
    expect(next).toContain('2026年6月到期的整改问题1个');
    expect(next).toContain('“财务核算不规范”（责任部门：办公室；责任领导：李卫东），整改时限为2026年6月15日（5月底前）');
    expect(next).toContain('“约谈工作流于形式”须于2026年6月报送长期坚持巩固整改情况');
  });

  it('says so plainly when the month saw no activity and nothing is overdue', () => {
    const quiet = buildMonthlyReport(input({ posts: [], changes: [], items: [item({ dueDate: '2026-12-31' })] }));
    expect(quiet.sections[1]?.paragraphs).toEqual(['2026年5月，各整改问题均未报送整改进展，也没有状态变化。']);
    expect(quiet.sections[2]?.paragraphs).toEqual(['截至2026年5月31日，无超过整改时限未完成的问题。']);
    expect(quiet.figures.rate).toBe(0);
  });
});
