import type { IsoDay } from '../time';
import type { PersonRef } from '../tasks/model';
import { isDone } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import type { AccountabilityKind, FundsKind, OutcomeKind, RuleNature } from './kinds';

/** recorded by the owner → confirmed by the 责任领导 at review (only then counted), or returned with a reason. */
export type OutcomeState = 'recorded' | 'confirmed' | 'returned';

export const OUTCOME_STATE_LABELS: Record<OutcomeState, string> = { recorded: '待确认', confirmed: '已确认', returned: '已退回' };

export interface RuleOutcome {
  kind: 'rule';
  title: string;
  /** 文号, e.g. 青融发〔2026〕12号; empty for rules issued without one. */
  docNumber: string;
  issuedOn: IsoDay;
  nature: RuleNature;
}

export interface AccountabilityOutcome {
  kind: 'accountability';
  /** A member, or a name as written (someone no longer on the roster, or outside it). */
  person: { memberId: string; name: string } | { memberId: null; name: string };
  type: AccountabilityKind;
  decidedOn: IsoDay;
  /** The body that decided: 县纪委监委, 党组, … */
  decidedBy: string;
  interviewId: string | null;
}

export interface FundsOutcome {
  kind: 'funds';
  type: FundsKind;
  /** Exact, in 分. */
  amountFen: number;
  receivedOn: IsoDay;
}

/**
 * A further problem found while fixing this one. The owner proposes it with its measures, owner and deadline; once the
 * 责任领导 confirms it, it is an item of its own under this one (`child`), tracked, reminded and 销号'd like any item,
 * and counted apart from the plan's 问题.
 */
export interface FollowUpOutcome {
  kind: 'followUp';
  problem: string;
  measures: string[];
  ownerId: string;
  dueDate: IsoDay;
  /** The child item, from confirmation on. */
  child: { taskId: string; status: TaskStatus; measures: { text: string; done: boolean }[] } | null;
}

export type OutcomeFacts = RuleOutcome | AccountabilityOutcome | FundsOutcome | FollowUpOutcome;

/** An outcome as lists and the item page show it. */
export type OutcomeView = OutcomeFacts & {
  id: string;
  taskId: string;
  planId: string;
  /** The item's title and number, so a unit-wide list (制度清单) says where each came from. */
  taskTitle: string;
  taskNumber: string | null;
  state: OutcomeState;
  /** The 进展 that produced it. */
  progressId: string;
  /** The 文件 of a rule, the voucher of money; null when none was attached. */
  file: { fileID: string; name: string; url: string } | null;
  recordedAt: string;
  recordedBy: PersonRef;
  decision: { at: string; by: PersonRef; opinion: string } | null;
  /** The caller may confirm or return it now (its item's reviewer, while it waits). */
  canDecide: boolean;
};

export function isKind<K extends OutcomeKind>(kind: K) {
  return (outcome: OutcomeFacts): outcome is Extract<OutcomeFacts, { kind: K }> => outcome.kind === kind;
}

/** A 举一反三 problem counts as 已整改 once its child item is 销号'd (or 长期坚持 after 销号), like any item. */
export function isFollowUpRectified(outcome: FollowUpOutcome): boolean {
  return outcome.child !== null && isDone(outcome.child.status);
}
