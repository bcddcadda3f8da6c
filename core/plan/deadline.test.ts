import { immediateWords, parseDeadline } from './deadline';

const PLAN_DATE = { year: 2026, month: 3, day: 20 };
const read = (text: string, planDate: typeof PLAN_DATE | null = PLAN_DATE) => parseDeadline(text, planDate);

describe('parseDeadline', () => {
  it.each(['即知即改', '立行立改', '马上就改', '立即整改', '立改立行', '即时整改'])('reads %s as immediate', (text) => {
    expect(read(text).deadline).toMatchObject({ immediate: true, longTerm: false, text });
  });

  it.each(['长期坚持', '长期优化完善', '常态化推进', '持续整改'])('reads %s as long-term', (text) => {
    expect(read(text).deadline).toMatchObject({ immediate: false, longTerm: true });
  });

  it.each([
    ['3个月内', 3],
    ['三个月内整改到位', 3],
    ['两个月以内', 2],
    ['12 个月', 12],
    ['半年内', 6],
    ['一年内完成', 12],
  ])('reads %s as %i months', (text, months) => {
    expect(read(text).deadline.months).toBe(months);
  });

  it.each([
    ['2026年6月30日前', '2026-06-30'],
    ['2026年6月底前', '2026-06-30'],
    ['2026年2月底', '2026-02-28'],
    ['2028年2月底', '2028-02-29'],
    ['2026年底前', '2026-12-31'],
    ['2026年年底前完成', '2026-12-31'],
    ['2026年上半年', '2026-06-30'],
    ['2026.9.30', '2026-09-30'],
    ['2026-09-30前', '2026-09-30'],
    ['2026年10月上旬', '2026-10-10'],
    ['2026年10月中旬前', '2026-10-20'],
    ['2026年2月下旬', '2026-02-28'],
  ])('reads %s as %s', (text, date) => {
    expect(read(text, null)).toEqual({ deadline: expect.objectContaining({ date }), issues: [] });
  });

  it('takes the year of 年底前 and 6月底前 from the plan date, rolling a day already past into the next year', () => {
    expect(read('年底前').deadline.date).toBe('2026-12-31');
    expect(read('6月底前').deadline.date).toBe('2026-06-30');
    expect(read('2月底前').deadline.date).toBe('2027-02-28');
    expect(read('今年下半年').deadline.date).toBe('2026-12-31');
    expect(read('本年度内').deadline.date).toBe('2026-12-31');
    expect(read('11月中旬').deadline.date).toBe('2026-11-20');
  });

  it('needs a plan date for a date without a year', () => {
    expect(read('年底前', null)).toEqual({
      deadline: { immediate: false, longTerm: false, months: null, date: null, text: '年底前' },
      issues: [{ code: 'DATE_NEEDS_PLAN_DATE', detail: '年底前' }],
    });
  });

  it('asks for the plan date once however many dates lack a year', () => {
    expect(read('6月底前完成阶段整改，年底前全面完成', null).issues).toEqual([
      { code: 'DATE_NEEDS_PLAN_DATE', detail: '6月底前完成阶段整改，年底前全面完成' },
    ]);
  });

  it('stacks what it finds, and takes the last of several dates', () => {
    expect(read('（立行立改）3个月内完成，并长期坚持').deadline).toEqual({
      immediate: true,
      longTerm: true,
      months: 3,
      date: null,
      text: '（立行立改）3个月内完成，并长期坚持',
    });
    expect(read('2026年3月底前完成阶段性整改，2026年9月30日前全面完成').deadline.date).toBe('2026-09-30');
  });

  it('turns masked months and dates into null, with their own warnings', () => {
    expect(read('（即知即改并长期坚持）*个月内整改到位。')).toEqual({
      deadline: { immediate: true, longTerm: true, months: null, date: null, text: '（即知即改并长期坚持）*个月内整改到位' },
      issues: [{ code: 'UNKNOWN_MONTHS', detail: '*个月' }],
    });
    expect(read('*年*月*日前').issues).toEqual([{ code: 'UNKNOWN_DATE', detail: '*年*月*日' }]);
  });

  it('rejects a day that does not exist', () => {
    expect(read('2026年2月30日前')).toEqual({
      deadline: expect.objectContaining({ date: null }),
      issues: [{ code: 'INVALID_DATE', detail: '2026年2月30日' }],
    });
  });

  it('reports an empty deadline and one it cannot read', () => {
    expect(read(' 。').issues).toEqual([{ code: 'MISSING_DEADLINE', detail: '' }]);
    expect(read(' 。').deadline.text).toBeNull();
    expect(read('按上级要求').issues).toEqual([{ code: 'DEADLINE_UNRECOGNISED', detail: '按上级要求' }]);
  });
});

describe('immediateWords', () => {
  it('says 即知即改 where the plan wrote 即知即改, and 立行立改 when it wrote no such words', () => {
    expect(immediateWords('即知即改，并长期坚持')).toBe('即知即改');
    expect(immediateWords('立查立改')).toBe('立查立改');
    expect(read('即知即改').deadline.immediate).toBe(true);
    expect(immediateWords(null)).toBe('立行立改');
  });
});
