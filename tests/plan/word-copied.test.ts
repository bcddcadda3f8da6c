import { parsePlan } from '../../core/plan';
import { fixture } from './fixtures';

// Text copied out of Word or WPS: CRLF line ends, NBSP and U+3000 indents and padding, trailing spaces, stray
// blank lines. The office must get the same plan as from clean text.

const PLANS = [
  'seed-plan.txt',
  'table-plan.txt',
  'table-plan-pipe.txt',
  'dated-plan.txt',
  'inline-plan.txt',
  'numbered-problem-plan.txt',
  'heading-problem-plan.txt',
  'bracketed-plan.txt',
  'compact-plan.txt',
];
const OPTIONS = { planDate: '2026-03-20' };

/** Same lines, Word's way: indents, NBSP after colons and around 、, CRLF. */
const wordSpaced = (text: string) =>
  text
    .split('\n')
    .map((line) => `\u3000\u3000${line.replace(/：/g, '：\u00a0').replace(/、/g, '\u00a0、\u3000')}\u00a0 `)
    .join('\r\n');

/** Also a blank (or space-only) line after every line, which moves line numbers but nothing else. */
const wordSpacedAndBlank = (text: string) => wordSpaced(text).replace(/\r\n/g, '\r\n\u3000\r\n\r\n');

describe.each(PLANS)('%s copied from Word', (name) => {
  const clean = parsePlan(fixture(name), OPTIONS);

  it('parses exactly as clean text, warnings and lines included', () => {
    expect(parsePlan(wordSpaced(fixture(name)), OPTIONS)).toEqual(clean);
  });

  it('with stray blank lines, gives the same plan and the same warnings (at their own line numbers)', () => {
    const copied = parsePlan(wordSpacedAndBlank(fixture(name)), OPTIONS);
    expect(copied.title).toEqual(clean.title);
    expect(copied.aspects).toEqual(clean.aspects);
    expect(copied.warnings.map(({ code, message }) => ({ code, message }))).toEqual(clean.warnings.map(({ code, message }) => ({ code, message })));
    expect(copied.warnings.map((warning) => warning.line)).toEqual(clean.warnings.map((warning) => (warning.line - 1) * 3 + 1));
  });
});

describe('other things Word leaves in copied text', () => {
  it('reads full-width digits, a BOM, zero-width spaces, old Mac CR line ends and a tab after a list number', () => {
    const text = '\ufeff问题１：台账不全\r整改措施：\r１.\t补齐\u200b台账\r２.\t专人管理\r责任领导：张三\r责任单位：办公室\r整改时限：２０２６年６月底前';
    const [problem] = parsePlan(text).aspects[0]?.problems ?? [];
    expect(problem).toMatchObject({ number: '1', title: '台账不全', measures: ['补齐台账', '专人管理'] });
    expect(problem?.deadline.date).toBe('2026-06-30');
  });
});
