import type { OutcomeView } from '../../core/outcomes/model';
import { ACCOUNTABILITY_KINDS, RULE_NATURES, accountabilityLabel, fundsPhrase } from '../../core/outcomes/kinds';
import { yuanText } from '../../core/outcomes/money';
import { isFollowUpRectified } from '../../core/outcomes/model';

/** One outcome in a line of words: what and when (the 问责 line names the person: only those allowed receive it). */
export function describeOutcome(outcome: OutcomeView): string {
  switch (outcome.kind) {
    case 'rule':
      return `《${outcome.title}》${outcome.docNumber ? ` ${outcome.docNumber}` : ''}，${outcome.issuedOn}印发，${RULE_NATURES[outcome.nature]}`;
    case 'accountability':
      return `${outcome.person.name}：${accountabilityLabel(outcome.type)}（${outcome.decidedBy}，${outcome.decidedOn}）`;
    case 'funds':
      return `${fundsPhrase(outcome.type)}${yuanText(outcome.amountFen)}（${outcome.receivedOn}）`;
    case 'followUp':
      return `${outcome.problem}（${outcome.child ? (isFollowUpRectified(outcome) ? '已整改' : '整改中') : `拟于${outcome.dueDate}前整改`}）`;
  }
}

/** The 问责 kinds as a picker lists them, in core's order and wording. */
export const ACCOUNTABILITY_CHOICES = ACCOUNTABILITY_KINDS.map((kind) => ({ value: kind.id, label: kind.label }));
