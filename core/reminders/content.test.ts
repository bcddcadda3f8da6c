import { kindOfKey } from './message';
import { digestNote, reminderContent, reminderNote, reminderPage, templateData } from './content';
import { REMINDER_RULES } from './rules';
import { SUBSCRIPTION_TEMPLATES, TEMPLATE_FOR_RULE } from './subscription-templates';

const LONG_TITLE = '关于进一步加强新闻宣传阵地管理和意识形态工作责任制落实不到位的问题（第二轮巡察反馈）';

describe('what a reminder says on WeChat', () => {
  it.each(REMINDER_RULES)('fits every field of %s into its template, whatever the title', (rule) => {
    for (const daysLeft of [7, 3, 0, -1, -120]) {
      const data = templateData(SUBSCRIPTION_TEMPLATES[TEMPLATE_FOR_RULE[rule]], reminderContent(rule, daysLeft, LONG_TITLE, '2026-12-31'));
      for (const [key, { value }] of Object.entries(data)) {
        const kind = kindOfKey(key);
        if (kind === 'thing') expect([...value].length).toBeLessThanOrEqual(20);
        if (kind === 'phrase') expect(value).toMatch(/^[\u4e00-\u9fa5]{1,5}$/);
        if (kind === 'date') expect(value).toBe('2026年12月31日');
        expect(value.length).toBeGreaterThan(0);
      }
    }
  });

  it('says how late or how close, and opens the item', () => {
    const data = templateData(SUBSCRIPTION_TEMPLATES.deadline, reminderContent('overdue', -8, '财务报销不规范', '2026-03-01'));
    expect(data).toEqual({ thing1: { value: '财务报销不规范' }, date2: { value: '2026年3月1日' }, phrase3: { value: '已逾期' }, thing4: { value: '已逾期8天，请尽快完成整改' } });
    expect(reminderPage('t 1', 'r9')).toBe('packages/tasks/detail/index?id=t%201&rk=r9');
  });
});

describe('what a leader’s digest says', () => {
  it.each(REMINDER_RULES)('asks the reader of a digest to 督促 (%s), where the owner is asked to act', (rule) => {
    expect(digestNote(rule, -3)).toContain('请督促');
    expect(reminderNote(rule, -3)).not.toContain('督促');
  });
});
