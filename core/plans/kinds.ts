import { z } from 'zod';

/** What a plan rectifies: the kinds of rectification source a unit carries, with the words 巡察办 use. */
export const PLAN_KINDS = ['xuncha', 'xunshi', 'audit', 'inspection', 'theme', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  xuncha: '巡察',
  xunshi: '巡视',
  audit: '审计',
  inspection: '督查',
  theme: '主题教育',
  other: '其他',
};

/** What a report calls the plan's problems, by kind (巡察反馈问题, 审计发现问题…); plans of mixed kinds: 反馈问题. */
export const PLAN_KIND_PROBLEMS: Record<PlanKind, string> = {
  xuncha: '巡察反馈问题',
  xunshi: '巡视反馈问题',
  audit: '审计发现问题',
  inspection: '督查发现问题',
  theme: '主题教育检视问题',
  other: '反馈问题',
};

/** What a plan answers, as a 公示 opens ("根据巡察反馈意见，…"), by kind; plans of mixed kinds: 反馈意见. */
export const PLAN_KIND_FINDINGS: Record<PlanKind, string> = {
  xuncha: '巡察反馈意见',
  xunshi: '巡视反馈意见',
  audit: '审计发现的问题',
  inspection: '督查反馈意见',
  theme: '主题教育检视出的问题',
  other: '反馈意见',
};

export const planKindSchema = z.enum(PLAN_KINDS, { message: '方案类别应为巡察、巡视、审计、督查、主题教育或其他' });

/** A stored kind; plans imported before kinds existed (or a value no longer known) read as 其他. */
export function planKindOf(stored: unknown): PlanKind {
  return (PLAN_KINDS as readonly unknown[]).includes(stored) ? (stored as PlanKind) : 'other';
}

/** The kind several plans share; 其他 when they differ (or there are none), so documents fall back to general words. */
export function sharedKind(kinds: readonly PlanKind[]): PlanKind {
  const distinct = new Set(kinds);
  const [only] = [...distinct];
  return distinct.size === 1 && only !== undefined ? only : 'other';
}

/** 巡察, 审计…: the kind several plans share, for a heading that names it; '' when they differ or say 其他. */
export function sharedKindLabel(kinds: readonly PlanKind[]): string {
  const kind = sharedKind(kinds);
  return kind === 'other' ? '' : PLAN_KIND_LABELS[kind];
}

// 巡视 before 巡察: a 巡视 plan often mentions 巡察 too (巡视巡察上下联动), rarely the other way round.
const GUESS_ORDER: PlanKind[] = ['xunshi', 'xuncha', 'audit', 'inspection', 'theme'];

/** The kind a plan most likely is, from its title first and then the opening of its text; 其他 when neither says. */
export function guessPlanKind(title: string, text = ''): PlanKind {
  for (const source of [title, text.slice(0, 600)]) {
    const found = GUESS_ORDER.find((kind) => source.includes(PLAN_KIND_LABELS[kind]));
    if (found) return found;
  }
  return 'other';
}

const SOURCE_BODY = /巡视组|巡察组|审计署|审计厅|审计局|督查组/;
/** Where the body's name starts: a Party committee, else the level of government just before it. */
const BODY_START = /(?:中央|省委|市委|州委|县委|区委|旗委)[^\s，。；：《》“”]{0,8}$|[省市州县区]$/;

/**
 * The body whose findings the plan answers, as its opening names it ("县委第*巡察组" → "县委第*巡察组反馈意见"); empty
 * when the opening names none. Only a suggestion: the office corrects it (masked numbers, the month).
 */
export function guessPlanSource(text: string): string {
  const opening = text.slice(0, 600);
  const body = SOURCE_BODY.exec(opening);
  if (!body) return '';
  const start = BODY_START.exec(opening.slice(Math.max(0, body.index - 12), body.index));
  return `${start ? start[0] : ''}${body[0]}反馈意见`;
}
