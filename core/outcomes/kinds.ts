/**
 * The outcomes a rectification reports beyond item counts, with the wording public 整改进展情况通报 use. Every screen
 * and document takes its labels from these tables.
 */

export const OUTCOME_KINDS = ['rule', 'accountability', 'funds', 'followUp'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  rule: '建章立制',
  accountability: '问责',
  funds: '资金',
  followUp: '举一反三',
};

/** 问责 by kind, in the order 通报 list them; 移交 is counted in 件 (问题线索), the others in 人. */
export const ACCOUNTABILITY_KINDS = [
  { id: 'discipline', label: '党纪政务处分', unit: '人' },
  { id: 'organisational', label: '组织处理', unit: '人' },
  { id: 'admonition', label: '诫勉', unit: '人' },
  { id: 'criticism', label: '批评教育', unit: '人' },
  { id: 'reminderTalk', label: '提醒谈话', unit: '人' },
  { id: 'referral', label: '移交纪检监察机关问题线索', unit: '件' },
] as const;
export type AccountabilityKind = (typeof ACCOUNTABILITY_KINDS)[number]['id'];
export const ACCOUNTABILITY_KIND_IDS = ACCOUNTABILITY_KINDS.map((kind) => kind.id) as [AccountabilityKind, ...AccountabilityKind[]];

/** Money by kind: the first four are recovered (追缴/清退/退还/挽回), the last is money put into rectification. */
export const FUNDS_KINDS = [
  { id: 'recovered', label: '追缴', phrase: '追缴资金', recovered: true },
  { id: 'refunded', label: '清退', phrase: '清退资金', recovered: true },
  { id: 'returned', label: '退还', phrase: '退还资金', recovered: true },
  { id: 'retrieved', label: '挽回', phrase: '挽回资金', recovered: true },
  { id: 'invested', label: '整改落实资金', phrase: '落实整改资金', recovered: false },
] as const;
export type FundsKind = (typeof FUNDS_KINDS)[number]['id'];
export const FUNDS_KIND_IDS = FUNDS_KINDS.map((kind) => kind.id) as [FundsKind, ...FundsKind[]];

export const RULE_NATURES = { new: '新制定', revised: '修订完善' } as const;
export type RuleNature = keyof typeof RULE_NATURES;

export function accountabilityLabel(kind: AccountabilityKind): string {
  return ACCOUNTABILITY_KINDS.find((entry) => entry.id === kind)?.label ?? kind;
}

/** "追缴资金", "落实整改资金": the words an amount follows in a sentence. */
export function fundsPhrase(kind: FundsKind): string {
  return FUNDS_KINDS.find((entry) => entry.id === kind)?.phrase ?? kind;
}
