import { figuresSentence } from '../figures/figures';
import type { Figures } from '../figures/figures';
import type { PlanDeadline } from '../plan';
import { PLAN_KIND_FINDINGS, PLAN_KIND_LABELS, sharedKind } from '../plans/kinds';
import type { PlanKind } from '../plans/kinds';
import type { TaskStatus } from '../tasks/status';
import { chineseDate } from '../time';
import type { IsoDay } from '../time';

/** The words a published notice uses: the public is told what is done, not where an item sits in the workflow. */
export function publicStatusOf(status: TaskStatus): string {
  if (status === 'closed') return '已完成';
  if (status === 'long_term') return '已完成，长期坚持';
  return '正在整改';
}

/**
 * The 公示's opening paragraph, on the page and in the document alike, in the words of the plans' kind (巡察反馈意见,
 * 审计发现的问题…; several kinds: 反馈意见); `asOf` null reads 目前.
 */
export function noticeSummary(unitName: string, plans: readonly { kind: PlanKind }[], figures: Figures, asOf: IsoDay | null, achieved = ''): string {
  const kind = sharedKind(plans.map((plan) => plan.kind));
  const planWords = plans.length > 1 ? `${plans.length}个整改方案` : `${kind === 'other' ? '' : PLAN_KIND_LABELS[kind]}整改落实方案`;
  return (
    `根据${PLAN_KIND_FINDINGS[kind]}，${unitName}党组制定了${planWords}，明确整改问题${figures.total}个。` +
    `${asOf ? `截至${chineseDate(asOf)}` : '目前'}，${figuresSentence(figures)}。` +
    (achieved ? `通过整改，${achieved}` : '') +
    '现将整改落实情况予以公示，接受干部群众监督。'
  );
}

/** 整改时限 as documents print it: the resolved day with the plan's words when they differ, else the plan's words. */
export function deadlineText(dueDate: IsoDay | null, deadline: Pick<PlanDeadline, 'text' | 'longTerm' | 'immediate'>): string {
  const written = deadline.text?.trim() || null;
  if (dueDate) {
    const day = chineseDate(dueDate);
    if (!written || written === dueDate) return day;
    // 2026年9月30日前完成 already says the day: print it as written.
    return written.includes(day) ? written : `${day}（${written}）`;
  }
  if (deadline.longTerm) return written ?? '长期坚持';
  if (deadline.immediate) return written ?? '立行立改';
  return written ?? '未定';
}

/** 6月3日: days within the report's own year need no year. */
export function shortChineseDate(day: IsoDay): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}月${date}日`;
}

/** The plan's aspect title without its own enumerator (（一） / 一、 / 1.), so a document can number it again. */
export function bareAspectTitle(title: string): string {
  return title.replace(/^\s*(（[一二三四五六七八九十百]+）|[一二三四五六七八九十百]+[、.．]|\d+[、.．])\s*/, '').trim() || title;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十: section numbers in documents. */
export function chineseNumber(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value] as string;
  if (value < 20) return `十${value === 10 ? '' : CHINESE_DIGITS[value - 10]}`;
  if (value < 100) return `${CHINESE_DIGITS[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : CHINESE_DIGITS[value % 10]}`;
  return String(value);
}
