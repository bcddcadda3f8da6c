import fc from 'fast-check';
import { parsedPlanSchema, parsePlan } from '../../core/plan';
import { fixture } from './fixtures';

// Whatever is pasted, the preview opens: the output is always a valid plan, and the last-resort guard
// (PARSE_FAILED) is never what saved it.

const seedLines = fixture('seed-plan.txt').split('\n');
const seedText = seedLines.join('\n');

const PIECES = [
  '问题1：', '问题*：', '1．问题：', '（一）', '(二)', '一、', '二、', '1.', '2、', '（1）', '①', '一是', '二是', '整改措施：', '具体表现在：',
  '责任领导：', '责任部门：', '整改时限：', '成效目标：', '方面', '年底前', '2026年', '6月底', '30日', '*个月', '*', '**', '\t', '|', '、',
  '；', '。', '\n', '\r\n', '\u3000', '\u00a0', '序号\t问题\t整改措施\t责任单位\t完成时限', '立行立改', '长期坚持', '',
];
const PUNCTUATION = [...'。，、；：（）()【】《》“”！？*#|-—…·\t\n\r \u3000\u00a0'];

const arbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: fc.constantFrom(...PUNCTUATION), maxLength: 2000 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((pieces) => pieces.join('')),
  fc.shuffledSubarray(seedLines).map((lines) => lines.join('\n')),
  fc.array(fc.tuple(fc.nat(seedText.length), fc.nat(400)), { maxLength: 40 }).map((cuts) =>
    cuts.map(([start, length]) => seedText.slice(start, start + length)).join(''),
  ),
  fc.tuple(fc.constantFrom(...PIECES, '问题', '啊', 'x'), fc.integer({ min: 1, max: 200_000 })).map(([piece, times]) => piece.repeat(times)),
);

function expectValidPlan(text: string, planDate?: string): void {
  const plan = parsePlan(text, planDate === undefined ? {} : { planDate });
  expect(parsedPlanSchema.safeParse(plan).success).toBe(true);
  expect(plan.warnings.map((warning) => warning.code)).not.toContain('PARSE_FAILED');
}

describe('any text', () => {
  it('parses to a schema-valid plan without throwing', () => {
    fc.assert(fc.property(arbitrary, (text) => expectValidPlan(text)), { numRuns: 400 });
  });

  it('parses with any plan date, valid or not', () => {
    fc.assert(fc.property(arbitrary, fc.string({ maxLength: 12 }), (text, planDate) => expectValidPlan(text, planDate)), { numRuns: 200 });
  });

  it('gives an empty plan with a warning for text that is no plan at all', () => {
    for (const text of ['', '\n\n', '会议通知：明天上午九点开会。', '。。。，，，']) {
      expect(parsePlan(text)).toEqual({
        title: null,
        aspects: [],
        warnings: [expect.objectContaining({ code: 'NO_PROBLEMS', line: 1 })],
      });
    }
  });

  it('does not throw on input that is not a string at all', () => {
    expect(parsePlan(undefined as unknown as string).aspects).toEqual([]);
  });
});
