import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parsePlan, parsePlanDetailed } from './parse-plan';

const SEED = readFileSync(join(__dirname, '../../tests/fixtures/plans/seed-plan.txt'), 'utf8');
const FIELDS = ['责任领导：张三', '责任单位：办公室', '整改时限：立行立改'];

/** Each warning as `CODE@line → aspect/problem/field`, the way a reader checks them against the text. */
function described(text: string, planDate?: string): string[] {
  const { plan, warningTargets } = parsePlanDetailed(text, planDate ? { planDate } : {});
  return plan.warnings.map((warning, i) => {
    const target = warningTargets[i];
    // A warning without its target reads so, and no expected list has it.
    if (!target) return `${warning.code}@${warning.line} → no target`;
    return `${warning.code}@${warning.line} → ${target.aspect ?? '-'}/${target.problem ?? '-'}/${target.field ?? '-'}`;
  });
}

describe('parsePlanDetailed: which field each warning is about', () => {
  it('gives exactly parsePlan’s plan, with one target per warning', () => {
    for (const [text, options] of [[SEED, {}], [SEED, { planDate: '2026-03-15' }], ['', {}], ['问题1：甲', { planDate: 'bad' }]] as const) {
      const detailed = parsePlanDetailed(text, options);
      expect(JSON.stringify(detailed.plan)).toBe(JSON.stringify(parsePlan(text, options)));
      expect(detailed.warningTargets).toHaveLength(detailed.plan.warnings.length);
    }
  });

  it('points the seed’s masked number 问题* at problem 9’s number', () => {
    const { plan, warningTargets } = parsePlanDetailed(SEED);
    const at = plan.warnings.findIndex((warning) => warning.code === 'MASKED_NUMBER');
    expect(warningTargets[at]).toEqual({ aspect: 1, problem: 6, field: 'number' });
    const ninth = plan.aspects.flatMap((aspect) => aspect.problems)[8];
    expect(ninth?.title).toBe('内控制度不规范');
    expect(plan.aspects[1]?.problems[6]).toBe(ninth);
  });

  it('points the seed’s blank and masked 责任领导, masked months, repeated number and masked words at their problem and field', () => {
    const seed = described(SEED);
    expect(seed).toEqual(
      expect.arrayContaining([
        'MASKED_TEXT@14 → 0/0/measures',
        'MISSING_LEADER@16 → 0/0/leader',
        'UNKNOWN_MONTHS@18 → 0/0/deadline',
        'DUPLICATE_NUMBER@19 → 0/1/number',
        'MASKED_TEXT@20 → 0/1/manifestations',
        'MISSING_LEADER@23 → 0/1/leader',
        'MASKED_VALUE@68 → 1/5/leader',
        'MISSING_LEADER@75 → 1/6/leader',
        'MASKED_VALUE@105 → 2/2/leader',
        'MISSING_LEADER@113 → 2/3/leader',
      ]),
    );
    // 13 problems, each without a leader; none of the seed's warnings is about the plan as a whole.
    expect(seed.filter((line) => /MISSING_LEADER|MASKED_VALUE/.test(line))).toHaveLength(13);
    expect(seed.filter((line) => line.includes('→ -/'))).toEqual([]);
  });

  it('points missing departments, deadline and measures at those fields, and a masked title at the title', () => {
    expect(described(['政治建设方面', '问题1：学习不深入', '整改措施：', '责任领导：张三', '责任单位：', '整改时限：', '问题2：*同志学习不够', '整改措施：学习', ...FIELDS].join('\n'))).toEqual([
      'NO_MEASURES@3 → 0/0/measures',
      'MISSING_DEPARTMENTS@5 → 0/0/departments',
      'MISSING_DEADLINE@6 → 0/0/deadline',
      'MASKED_TEXT@7 → 0/1/title',
    ]);
  });

  it('points text after a filled single-value field at that field', () => {
    expect(described(['一、作风方面', '问题1：学习不深入', '整改措施：加强学习', ...FIELDS, '以上请认真落实。'].join('\n'))).toEqual(['STRAY_TEXT@7 → 0/0/deadline']);
  });

  it('points warnings about an aspect at its title, and counts aspects after one that was dropped', () => {
    expect(described(['问题1：学习不深入', '整改措施：加强学习', ...FIELDS].join('\n'))).toEqual(['NO_ASPECT@1 → 0/-/title']);
    expect(described(['政治建设方面', '*建设方面', '问题1：调研不够', '整改措施：调研', '责任单位：办公室', '整改时限：立行立改'].join('\n'))).toEqual([
      'EMPTY_ASPECT@1 → -/-/-',
      'MASKED_TEXT@2 → 0/-/title',
      'MISSING_LEADER@3 → 0/0/leader',
    ]);
  });

  it('points a misfit table row at its problem, the plan title at the plan, and plan-wide warnings nowhere', () => {
    expect(described(['序号\t问题\t整改措施\t责任领导\t完成时限', '1\t台账不全\t补齐台账\t张三\t立行立改', '2\t会议多\t精简会议\t李四\t立行立改\t长期坚持'].join('\n'))).toEqual([
      'NO_ASPECT@2 → 0/-/title',
      'MISSING_DEPARTMENTS@2 → 0/0/departments',
      'TABLE_ROW_CELLS@3 → 0/1/-',
      'MISSING_DEPARTMENTS@3 → 0/1/departments',
    ]);
    expect(described(['县**局巡察整改方案', '一、作风方面', '问题1：甲', '整改措施：乙', ...FIELDS].join('\n'))).toEqual(['MASKED_TEXT@1 → -/-/title']);
    expect(described('随便写的一段话', 'not-a-date')).toEqual(['INVALID_PLAN_DATE@1 → -/-/-', 'NO_PROBLEMS@1 → -/-/-']);
  });

  it('gives valid indices for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('一、作风方面', '问题1：甲', '问题*：乙', '整改措施：丙', '责任领导：*', '责任单位：', '整改时限：*个月内', '序号\t问题\t整改措施\t完成时限', '1\t甲\t乙\t年底前\tx'), fc.string()), { maxLength: 20 }), (lines) => {
        const { plan, warningTargets } = parsePlanDetailed(lines.join('\n'));
        expect(warningTargets).toHaveLength(plan.warnings.length);
        for (const target of warningTargets) {
          if (target.aspect === null) expect(target.problem).toBeNull();
          else expect(plan.aspects[target.aspect]).toBeDefined();
          if (target.aspect !== null && target.problem !== null) expect(plan.aspects[target.aspect]?.problems[target.problem]).toBeDefined();
        }
      }),
    );
  });
});
