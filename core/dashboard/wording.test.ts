import { emptyCounts, withRate } from '../figures/figures';
import { bareAspectTitle, chineseNumber, deadlineText, noticeSummary, publicStatusOf } from './wording';

describe('document wording', () => {
  it('tells the public done or not, without workflow steps', () => {
    expect(publicStatusOf('closed')).toBe('已完成');
    expect(publicStatusOf('long_term')).toBe('已完成，长期坚持');
    expect(publicStatusOf('pending_signoff')).toBe('正在整改');
    expect(publicStatusOf('not_started')).toBe('正在整改');
  });

  it('prints a deadline as its day, with the plan’s words when they say more', () => {
    const deadline = { text: '6月底前', longTerm: false, immediate: false };
    expect(deadlineText('2026-06-30', deadline)).toBe('2026年6月30日（6月底前）');
    expect(deadlineText('2026-06-30', { ...deadline, text: '2026-06-30' })).toBe('2026年6月30日');
    expect(deadlineText('2026-09-30', { ...deadline, text: '2026年9月30日前完成，并长期坚持' })).toBe('2026年9月30日前完成，并长期坚持');
    expect(deadlineText(null, { text: null, longTerm: true, immediate: false })).toBe('长期坚持');
    expect(deadlineText(null, { text: null, longTerm: false, immediate: true })).toBe('立行立改');
    expect(deadlineText(null, { text: null, longTerm: false, immediate: false })).toBe('未定');
  });

  it('strips the plan’s own enumerator from an aspect title', () => {
    expect(bareAspectTitle('（一）贯彻落实党的理论路线方针政策方面')).toBe('贯彻落实党的理论路线方针政策方面');
    expect(bareAspectTitle('二、遵守纪律和作风方面')).toBe('遵守纪律和作风方面');
    expect(bareAspectTitle('作风方面')).toBe('作风方面');
  });

  it('writes section numbers in Chinese', () => {
    expect([1, 4, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '四', '十', '十一', '二十', '二十三']);
  });
});

describe('noticeSummary', () => {
  const figures = withRate({ ...emptyCounts(), total: 5 });
  it('opens in the words of the plan it publishes', () => {
    expect(noticeSummary('县审计局', [{ kind: 'xuncha' }], figures, null)).toMatch(/^根据巡察反馈意见，县审计局党组制定了巡察整改落实方案，明确整改问题5个。/);
    expect(noticeSummary('县水利局', [{ kind: 'audit' }], figures, null)).toMatch(/^根据审计发现的问题，县水利局党组制定了审计整改落实方案/);
  });
  it('names neither kind when several plans of different kinds are published together', () => {
    expect(noticeSummary('县水利局', [{ kind: 'xuncha' }, { kind: 'audit' }], figures, '2026-12-31')).toMatch(/^根据反馈意见，县水利局党组制定了2个整改方案，明确整改问题5个。截至2026年12月31日/);
  });
});
