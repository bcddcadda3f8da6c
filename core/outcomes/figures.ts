import { ACCOUNTABILITY_KINDS, FUNDS_KINDS } from './kinds';
import type { AccountabilityKind, FundsKind } from './kinds';
import { wanYuanText } from './money';
import { isFollowUpRectified, isKind } from './model';
import type { OutcomeFacts } from './model';

/** What the rectification achieved, counted over confirmed outcomes only. */
export interface OutcomeFigures {
  rules: { total: number; made: number; revised: number };
  accountability: { people: number; byKind: Record<AccountabilityKind, number> };
  funds: { recoveredFen: number; investedFen: number; byKind: Record<FundsKind, number> };
  followUps: { found: number; rectified: number };
}

/** One line of the figures as documents print it, with the outcome kind it opens in 统计. */
export interface OutcomeFigureLine {
  kind: 'rule' | 'accountability' | 'funds' | 'followUp';
  label: string;
  text: string;
  /** Nothing of this kind confirmed: a notice leaves the line out, a report says so. */
  empty: boolean;
}

export function outcomeFigures(confirmed: readonly OutcomeFacts[]): OutcomeFigures {
  const rules = confirmed.filter(isKind('rule'));
  const accountability = confirmed.filter(isKind('accountability'));
  const funds = confirmed.filter(isKind('funds'));
  const followUps = confirmed.filter(isKind('followUp'));
  const byAccountability = Object.fromEntries(ACCOUNTABILITY_KINDS.map((kind) => [kind.id, accountability.filter((entry) => entry.type === kind.id).length])) as Record<AccountabilityKind, number>;
  const byFunds = Object.fromEntries(FUNDS_KINDS.map((kind) => [kind.id, funds.filter((entry) => entry.type === kind.id).reduce((sum, entry) => sum + entry.amountFen, 0)])) as Record<FundsKind, number>;
  const sumOf = (recovered: boolean) => FUNDS_KINDS.filter((kind) => kind.recovered === recovered).reduce((sum, kind) => sum + byFunds[kind.id], 0);
  return {
    rules: { total: rules.length, made: rules.filter((rule) => rule.nature === 'new').length, revised: rules.filter((rule) => rule.nature === 'revised').length },
    accountability: { people: ACCOUNTABILITY_KINDS.filter((kind) => kind.unit === '人').reduce((sum, kind) => sum + byAccountability[kind.id], 0), byKind: byAccountability },
    funds: { recoveredFen: sumOf(true), investedFen: sumOf(false), byKind: byFunds },
    followUps: { found: followUps.length, rectified: followUps.filter(isFollowUpRectified).length },
  };
}

function accountabilityText(figures: OutcomeFigures['accountability']): string {
  const kinds = ACCOUNTABILITY_KINDS.filter((kind) => figures.byKind[kind.id] > 0);
  if (kinds.length === 0) return '未发生问责';
  const people = kinds.filter((kind) => kind.unit === '人').map((kind) => `${kind.label}${figures.byKind[kind.id]}人`);
  const cases = kinds.filter((kind) => kind.unit === '件').map((kind) => `${kind.label}${figures.byKind[kind.id]}件`);
  return [...(people.length > 0 ? [`问责${figures.people}人，其中${people.join('、')}`] : []), ...cases].join('，');
}

function fundsText(figures: OutcomeFigures['funds']): string {
  const recovered = FUNDS_KINDS.filter((kind) => kind.recovered && figures.byKind[kind.id] > 0);
  const parts: string[] = [];
  if (recovered.length > 0) parts.push(`${recovered.map((kind) => kind.label).join('、')}资金${wanYuanText(figures.recoveredFen)}`);
  if (figures.investedFen > 0) parts.push(`落实整改资金${wanYuanText(figures.investedFen)}`);
  return parts.length > 0 ? parts.join('，') : '未涉及资金';
}

/**
 * The figures in the standard wording of 整改进展情况通报: the same four lines on 统计, in the 公示 and in the 整改情况报告.
 * Counts only — never a name.
 */
export function outcomeFigureLines(figures: OutcomeFigures): OutcomeFigureLine[] {
  const rules = figures.rules;
  const accountable = Object.values(figures.accountability.byKind).some((n) => n > 0);
  return [
    { kind: 'rule', label: '建章立制', text: `制定及修改完善制度${rules.total}项${rules.total > 0 ? `（新制定${rules.made}项、修订完善${rules.revised}项）` : ''}`, empty: rules.total === 0 },
    { kind: 'accountability', label: '问责', text: accountabilityText(figures.accountability), empty: !accountable },
    { kind: 'funds', label: '资金', text: fundsText(figures.funds), empty: figures.funds.recoveredFen + figures.funds.investedFen === 0 },
    { kind: 'followUp', label: '举一反三', text: `举一反三排查问题${figures.followUps.found}个、已整改${figures.followUps.rectified}个`, empty: figures.followUps.found === 0 },
  ];
}

/**
 * The lines joined into one sentence: "制定及修改完善制度3项…；问责2人…；…。" A report states every kind (未发生问责 is
 * news to 巡察办); a notice only what happened (`nonEmptyOnly`), and nothing at all when nothing did.
 */
export function outcomeSentence(lines: readonly OutcomeFigureLine[], nonEmptyOnly = false): string {
  const shown = lines.filter((line) => !nonEmptyOnly || !line.empty);
  return shown.length > 0 ? `${shown.map((line) => line.text).join('；')}。` : '';
}
