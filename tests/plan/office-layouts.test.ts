import { parsePlan } from '../../core/plan';
import type { ParsedPlan } from '../../core/plan';
import { fixture } from './fixtures';
import { APPENDIX_PLAN, OWNERS_PLAN, PDF_COPY_PLAN, TEXT_PLANS } from './office-plans';
import { scorePlan } from './plan-score';
import { PDF_TOWNSHIP_PLAN, UNIT_PLANS } from './unit-plans';

// Plans as other offices lay them out (fictional units, written for these tests): per-measure 责任人 and posts in
// leader names, a PDF copy with page furniture and broken lines, an appendix table repeating the problems.

const parsed = (plan: { file: string; planDate: string }): ParsedPlan => parsePlan(fixture(plan.file), { planDate: plan.planDate });
const problems = (plan: ParsedPlan) => plan.aspects.flatMap((aspect) => aspect.problems);
const codes = (plan: ParsedPlan) => plan.warnings.map((warning) => warning.code);

describe('field-by-field score against what a clerk extracts', () => {
  it.each([...TEXT_PLANS, ...UNIT_PLANS].map((plan) => [plan.file, plan] as const))('%s scores at least 0.95', (_file, plan) => {
    const score = scorePlan(parsed(plan), plan.problems);
    expect(score.misses).toEqual([]);
    expect(score.score).toBeGreaterThanOrEqual(0.95);
  });
});

describe('a measure with its own 责任人', () => {
  const plan = parsed(OWNERS_PLAN);

  it('keeps every measure of the list, each with its owner and its own deadline', () => {
    const [first, second] = problems(plan);
    expect(first?.measures).toHaveLength(3);
    expect(first?.measureDetails).toEqual([
      { owner: '周海', deadline: null },
      { owner: '吴丽', deadline: expect.objectContaining({ date: '2025-03-31', text: '2025年3月底前' }) },
      { owner: '周海', deadline: null },
    ]);
    expect(second?.measureDetails?.[1]).toEqual({ owner: '陈明', deadline: expect.objectContaining({ date: '2025-01-28' }) });
  });

  it('gives no STRAY_TEXT and drops nothing', () => {
    expect(codes(plan)).not.toContain('STRAY_TEXT');
    expect(problems(plan).map((problem) => problem.measures.length)).toEqual([3, 2, 2, 2]);
  });
});

describe('unnumbered problems after a preamble', () => {
  const plan = parsePlan(
    [
      '某某中心巡察整改方案',
      '根据区委巡察组反馈意见，结合实际，制定本方案。',
      '档案管理不规范。',
      '具体表现：部分文书档案未及时归档。',
      '整改措施：开展档案清理。',
      '责任领导：张三',
      '完成时限：2025年12月底',
      '车辆管理不严。',
      '整改措施：建立派车单制度。',
      '责任领导：李四',
      '完成时限：立行立改',
    ].join('\n'),
  );

  it('names each problem by the line above its fields, not by the title or the preamble', () => {
    expect(problems(plan).map((problem) => [problem.title, problem.manifestations])).toEqual([
      ['档案管理不规范', ['部分文书档案未及时归档']],
      ['车辆管理不严', []],
    ]);
    expect(codes(plan)).not.toContain('STRAY_TEXT');
  });
});

describe('a leader written with the post', () => {
  it('is the name, with the post kept as a note', () => {
    const [first] = problems(parsed(OWNERS_PLAN));
    expect(first?.leader).toBe('李文斌');
    expect(first?.leaderNote).toBe('李文斌：镇党委副书记、镇长');
  });
});

describe('deadlines as people write them', () => {
  const deadlines = problems(parsed(OWNERS_PLAN)).map((problem) => problem.deadline);

  it('reads 每季度 as ongoing, 春节前 as a date, 已完成 as done, 2024年6月底前 as the month end', () => {
    expect(deadlines[0]).toMatchObject({ longTerm: true, text: '每季度' });
    expect(deadlines[1]).toMatchObject({ date: '2025-01-28', text: '2025年春节前' });
    expect(deadlines[2]).toMatchObject({ done: true, longTerm: true, text: '已完成，长期坚持' });
    expect(deadlines[3]).toMatchObject({ date: '2024-06-30' });
  });

  it('reads 年底前 and 下半年 in the plan year, and flags them without one', () => {
    const withDate = problems(parsed(PDF_COPY_PLAN)).map((problem) => problem.deadline.date);
    expect(withDate.slice(0, 2)).toEqual(['2025-12-31', '2025-12-31']);
    const withoutDate = parsePlan(fixture(PDF_COPY_PLAN.file));
    expect(codes(withoutDate).filter((code) => code === 'DATE_NEEDS_PLAN_DATE')).toHaveLength(2);
  });
});

describe('text copied from a PDF', () => {
  const plan = parsed(PDF_COPY_PLAN);

  it('joins lines broken inside a sentence and drops page numbers and the running header', () => {
    const all = JSON.stringify(problems(plan));
    for (const furniture of ['— 1 —', '- 2 -', '第 3 页', '县第二中学党支部巡察整改落实方案']) expect(all).not.toContain(furniture);
    expect(problems(plan)[1]?.manifestations).toEqual(['个别教师存在有偿补课现象，师德考核流于形式']);
    expect(plan.title).toBe('县第二中学党支部巡察整改落实方案');
  });

  it('says once that it cleaned the text', () => {
    expect(codes(plan).filter((code) => code === 'TEXT_CLEANED')).toHaveLength(1);
    expect(plan.warnings.find((warning) => warning.code === 'TEXT_CLEANED')?.message).toContain('页码或页眉');
  });
});

describe('a title carrying its detail', () => {
  it('is the first sentence; the rest is the 具体表现', () => {
    const third = problems(parsed(OWNERS_PLAN))[2];
    expect(third?.title).toBe('食品安全“两个责任”落实不到位');
    expect(third?.manifestations).toEqual(['包保干部督导工作流于形式，督导记录填写不规范']);
  });
});

describe('an appendix table repeating the problems', () => {
  const plan = parsed(APPENDIX_PLAN);

  it('is linked to the problems read in the text, not imported again, with one warning', () => {
    expect(problems(plan)).toHaveLength(3);
    expect(codes(plan).filter((code) => code === 'APPENDIX_LINKED')).toHaveLength(1);
  });
});

describe('long plans', () => {
  it('reads three-digit item numbers and 问题1000', () => {
    const measures = Array.from({ length: 120 }, (_, i) => `${i + 1}.措施第${i + 1}项；`).join('');
    const plan = parsePlan(['一、作风方面', '问题1000：学习不深入', `整改措施：${measures}`, '责任领导：张三', '责任部门：办公室', '整改时限：年底前'].join('\n'), {
      planDate: '2025-01-01',
    });
    expect(problems(plan)[0]?.number).toBe('1000');
    expect(problems(plan)[0]?.measures).toHaveLength(120);
    expect(problems(plan)[0]?.measures[119]).toBe('措施第120项');
  });
});

describe('labels and deadlines as other units write them', () => {
  it('reads a leader written after the post, keeping the post as a note', () => {
    const plan = parsePlan(['问题1：学习不深入', '整改措施：加强学习', '牵头领导：党委书记、董事长 刘国华', '主责部门：党委办公室', '时限：2025年第三季度'].join('\n'));
    expect(problems(plan)[0]).toMatchObject({
      leader: '刘国华',
      leaderNote: '刘国华：党委书记、董事长',
      departments: ['党委办公室'],
      deadline: { date: '2025-09-30' },
    });
  });

  it('reads 每半年 as periodic, not as six months, and a quarter without a year in the plan year', () => {
    const plan = parsePlan(['问题1：学习不深入', '整改措施：加强学习', '责任领导：张三', '责任单位：办公室', '完成时限：每半年'].join('\n'));
    expect(problems(plan)[0]?.deadline).toMatchObject({ longTerm: true, months: null });
    const quarter = parsePlan(['问题1：学习不深入', '整改措施：加强学习', '责任领导：张三', '责任单位：办公室', '时间节点：一季度末'].join('\n'), { planDate: '2025-05-01' });
    expect(problems(quarter)[0]?.deadline.date).toBe('2026-03-31');
  });
});

describe('a PDF copy with bare page numbers and a running header unlike the title', () => {
  it('drops them all: nothing lands as stray text or inside a field', () => {
    const plan = parsed(PDF_TOWNSHIP_PLAN);
    expect(codes(plan)).not.toContain('STRAY_TEXT');
    expect(plan.title).toBe('中共石桥乡委员会巡察整改落实方案');
    expect(JSON.stringify(problems(plan))).not.toContain('石桥乡巡察整改落实方案');
  });
});

describe('table headers as other units spell them', () => {
  it('reads 存在问题及表现 as the problem and 整改措施及时限 as the measures', () => {
    const plan = parsePlan(
      [
        '序号\t存在问题及表现\t整改措施及时限\t责任领导\t责任单位\t完成时限',
        '1\t公车管理不规范。部分车辆未按规定停放，出车登记不全。\t1.完善公车停放管理制度；2.规范出车登记\t张三\t办公室\t2025年3月底前',
      ].join('\n'),
    );
    expect(problems(plan)[0]).toMatchObject({
      title: '公车管理不规范',
      manifestations: ['部分车辆未按规定停放，出车登记不全'],
      measures: ['完善公车停放管理制度', '规范出车登记'],
      deadline: { date: '2025-03-31' },
    });
  });

  it('reads 整改措施及时限 as a measures label and 即日起 as immediate', () => {
    const plan = parsePlan(['问题1：纪律松弛', '整改措施及时限：1.严格考勤；2.开展纪律教育。', '责任领导：王五', '责任单位：人事科', '完成时限：即日起'].join('\n'));
    expect(problems(plan)[0]).toMatchObject({ measures: ['严格考勤', '开展纪律教育'], deadline: { immediate: true } });
  });
});
