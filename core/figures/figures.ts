import { deadlineState } from '../tasks/deadline';
import type { DeadlineColour, DeadlineInput } from '../tasks/deadline';
import { isDone } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';

/** The figures that count items, each of which opens the list of the items it counts. */
export const COUNT_KEYS = ['total', 'done', 'inProgress', 'pendingClosure', 'notStarted', 'overdue', 'longTerm', 'consolidationOverdue'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/**
 * The figures every screen and document states about a set of items — 统计, the 台账 header, the 月报, the 公示 —
 * each defined once here, with the words 巡察办 use. The counts split the whole three ways (已完成整改 + 正在整改 +
 * 尚未启动 = 总数); the others are parts of one of those.
 */
export type FigureCounts = Record<CountKey, number>;

export interface Figures extends FigureCounts {
  /** 整改完成率: percent of `total` done, one decimal (0 when there is nothing). */
  rate: number;
}

export type FigureKey = keyof Figures;

export interface FigureDefinition {
  key: FigureKey;
  /** The Chinese name every screen and document prints. */
  label: string;
  /** The exact rule, in the office's words. */
  rule: string;
}

/** The definitions, in the order a report states them. */
export const FIGURES: readonly FigureDefinition[] = [
  { key: 'total', label: '整改问题总数', rule: '整改方案明确的全部整改事项' },
  { key: 'done', label: '已完成整改', rule: '已审定销号的事项，含销号后转入长期坚持的事项（状态“已销号”或“长期坚持”）' },
  { key: 'inProgress', label: '正在整改', rule: '已启动、尚未销号的事项（整改中、待审核、待审定）' },
  { key: 'pendingClosure', label: '已申请销号', rule: '正在整改中已提交销号申请、正在审核审定的事项（待审核、待审定）' },
  { key: 'notStarted', label: '尚未启动', rule: '尚未启动整改的事项（未开始）' },
  { key: 'overdue', label: '超期未完成', rule: '尚未销号且整改时限已过（时限日的次日起，按北京时间）的事项' },
  { key: 'rate', label: '整改完成率', rule: '已完成整改 ÷ 整改问题总数，百分数保留一位小数' },
  { key: 'longTerm', label: '长期坚持', rule: '已销号、转入长期坚持并按期报送巩固整改情况的事项' },
  { key: 'consolidationOverdue', label: '巩固报告逾期', rule: '长期坚持事项中，巩固整改情况报告已过报送日仍未报送的事项' },
];

export const FIGURE_LABELS = Object.fromEntries(FIGURES.map((figure) => [figure.key, figure.label])) as Record<FigureKey, string>;

/** Percent with one decimal: 2 of 3 is 66.7. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

/**
 * The counts an item belongs to, from its status and its deadline colour at the instant the figures stand at:
 * the one place the rules of FIGURES are written in code.
 */
export function countKeysOf(status: TaskStatus, colour: DeadlineColour): CountKey[] {
  const keys: CountKey[] = ['total'];
  if (isDone(status)) {
    keys.push('done');
    if (status === 'long_term') keys.push('longTerm');
    if (status === 'long_term' && colour === 'red') keys.push('consolidationOverdue');
    return keys;
  }
  keys.push(status === 'not_started' ? 'notStarted' : 'inProgress');
  if (status === 'pending_review' || status === 'pending_signoff') keys.push('pendingClosure');
  if (colour === 'red') keys.push('overdue');
  return keys;
}

/** Items that share a status and a colour, counted together (the dashboard's grouped database answer). */
export interface FigureGroup {
  status: TaskStatus;
  colour: DeadlineColour;
  count: number;
}

export function emptyCounts(): FigureCounts {
  return { total: 0, done: 0, inProgress: 0, pendingClosure: 0, notStarted: 0, overdue: 0, longTerm: 0, consolidationOverdue: 0 };
}

/** Adds `group` to `counts` in place: the tallies of 方面, departments and leaders grow one group at a time. */
export function addGroup(counts: FigureCounts, group: FigureGroup): void {
  for (const key of countKeysOf(group.status, group.colour)) counts[key] += group.count;
}

export function withRate(counts: FigureCounts): Figures {
  return { ...counts, rate: percent(counts.done, counts.total) };
}

/** The figures of grouped counts whose colours were decided at one instant. */
export function figuresOfGroups(groups: readonly FigureGroup[]): Figures {
  const counts = emptyCounts();
  for (const group of groups) addGroup(counts, group);
  return withRate(counts);
}

/** Whether `item` counts in the figure `key` at the instant `at`: the items a figure lists are the ones it counts. */
export function isCountedIn(item: DeadlineInput, key: CountKey, at: Date): boolean {
  return countKeysOf(item.status, deadlineState(item, at).colour).includes(key);
}

/** The figures of `items` as they stand at the instant `at` (today's for screens, the month's end for a 月报). */
export function figuresOf(items: readonly DeadlineInput[], at: Date): Figures {
  return figuresOfGroups(items.map((item) => ({ status: item.status, colour: deadlineState(item, at).colour, count: 1 })));
}

/**
 * The figures as one sentence of a report or notice, after "截至…，…共明确整改问题N个。其中，":
 * 已完成整改5个（其中长期坚持1个），正在整改3个（其中已申请销号1个），尚未启动2个，整改完成率50%.
 */
export function figuresSentence(figures: Figures): string {
  const done = `${FIGURE_LABELS.done}${figures.done}个${figures.longTerm > 0 ? `（其中${FIGURE_LABELS.longTerm}${figures.longTerm}个）` : ''}`;
  const working = `${FIGURE_LABELS.inProgress}${figures.inProgress}个${figures.pendingClosure > 0 ? `（其中${FIGURE_LABELS.pendingClosure}${figures.pendingClosure}个）` : ''}`;
  return `${done}，${working}，${FIGURE_LABELS.notStarted}${figures.notStarted}个，${FIGURE_LABELS.rate}${figures.rate}%`;
}

/** 超期未完成3个 / 无超期未完成的问题, and the late consolidation reports when there are any. */
export function overdueSentence(figures: Figures): string {
  const overdue = figures.overdue > 0 ? `${FIGURE_LABELS.overdue}${figures.overdue}个` : `无${FIGURE_LABELS.overdue}的问题`;
  return figures.consolidationOverdue > 0 ? `${overdue}，${FIGURE_LABELS.longTerm}事项${FIGURE_LABELS.consolidationOverdue}${figures.consolidationOverdue}个` : overdue;
}
