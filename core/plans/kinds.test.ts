import { guessPlanKind, guessPlanSource, planKindOf, sharedKindLabel } from './kinds';

describe('plan kinds', () => {
  it('guesses the kind from the title before the text', () => {
    expect(guessPlanKind('关于县委第三巡察组反馈意见的整改落实方案')).toBe('xuncha');
    expect(guessPlanKind('省委巡视反馈问题整改方案')).toBe('xunshi');
    expect(guessPlanKind('审计发现问题整改清单', '按照巡察组要求')).toBe('audit');
    expect(guessPlanKind('主题教育检视问题整改清单')).toBe('theme');
    expect(guessPlanKind('整改落实方案', '按照县委督查组督查意见')).toBe('inspection');
    expect(guessPlanKind('整改落实方案', '对照问题清单')).toBe('other');
  });

  it('names the kind several plans share, and none when they differ or say 其他', () => {
    expect(sharedKindLabel(['audit', 'audit'])).toBe('审计');
    expect(sharedKindLabel(['audit', 'xuncha'])).toBe('');
    expect(sharedKindLabel(['other'])).toBe('');
    expect(sharedKindLabel([])).toBe('');
  });

  it('reads a missing or unknown stored kind as 其他', () => {
    expect(planKindOf(undefined)).toBe('other');
    expect(planKindOf('xunshi')).toBe('xunshi');
    expect(planKindOf('nonsense')).toBe('other');
  });

  it('suggests the source line from the body the opening names', () => {
    expect(guessPlanSource('按照县委第*巡察组《关于对县融媒体中心党组巡察情况的反馈意见》，县融媒体中心党组……')).toBe('县委第*巡察组反馈意见');
    expect(guessPlanSource('根据县审计局审计报告')).toBe('县审计局反馈意见');
    expect(guessPlanSource('对照问题清单逐条整改')).toBe('');
  });
});
