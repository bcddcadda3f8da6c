import type { Role } from './roles';

/**
 * Separation of duties, in one place: who may give or take each role, and which steps of one record must be taken
 * by different people. ACTION_ACCESS (permissions.ts) says who may call an action at all; this table says who may
 * not combine which powers.
 */

/** Who may grant or remove a role (deactivating a member removes all of theirs). */
export interface RoleGrantRule {
  /** Roles of which the actor needs one. */
  by: readonly Role[];
  /** The setup secret (SETUP_SECRET) stands in for the actor's role: how a unit gets its first secretary and leaders. */
  setupSecretSuffices: boolean;
}

export const ROLE_GRANT_RULES: Record<Role, RoleGrantRule> = {
  // The 组长 role itself needs a second secretary (nobody grants themselves one) or the setup secret.
  secretary: { by: ['secretary'], setupSecretSuffices: true },
  leader: { by: ['secretary'], setupSecretSuffices: true },
  office: { by: ['office', 'secretary'], setupSecretSuffices: false },
  cadre: { by: ['office', 'secretary'], setupSecretSuffices: false },
};

/** Steps of one record that must be taken by different people: each pair is two people. */
export const DISTINCT_ACTORS = {
  /** 销号: the applicant, the reviewer and the signer of one item are three people. */
  closure: [
    ['apply', 'review'],
    ['apply', 'signOff'],
    ['review', 'signOff'],
  ],
  /** 约谈: the proposer does not approve; the approver does not write the record. */
  interview: [
    ['propose', 'approve'],
    ['approve', 'record'],
  ],
} as const;

export type ClosureStep = 'apply' | 'review' | 'signOff';
export type InterviewStep = 'propose' | 'approve' | 'record';

/**
 * The step of `step` that `actorId` may not take because they took a step that must be someone else's; null when
 * nothing stands in the way. `takenBy` holds who took the steps so far (missing: not taken).
 */
export function conflictingStep<S extends string>(
  pairs: readonly (readonly [S, S])[],
  step: S,
  actorId: string,
  takenBy: Partial<Record<S, string | null>>,
): S | null {
  for (const [a, b] of pairs) {
    const other = a === step ? b : b === step ? a : null;
    if (other !== null && takenBy[other] === actorId) return other;
  }
  return null;
}

export interface RoleChange {
  actor: { id: string; roles: readonly Role[] };
  target: { id: string | null; roles: readonly Role[]; active: boolean } | null;
  after: { roles: readonly Role[]; active: boolean };
  setupSecretGiven: boolean;
  /** Active secretaries in the unit before the change, the target included. */
  activeSecretaries: number;
}

export type RoleChangeRefusal =
  | { reason: 'self'; message: string }
  | { reason: 'not_allowed'; role: Role; message: string }
  | { reason: 'last_secretary'; message: string };

const ROLE_NAMES: Record<Role, string> = { secretary: '组长', leader: '责任领导', office: '办公室', cadre: '干部' };

/** The roles a change gives and takes; deactivating takes every role, reactivating gives them back. */
export function rolesChanged(change: Pick<RoleChange, 'target' | 'after'>): Role[] {
  const before = change.target && change.target.active ? change.target.roles : [];
  const after = change.after.active ? change.after.roles : [];
  const changed = new Set<Role>();
  for (const role of before) if (!after.includes(role)) changed.add(role);
  for (const role of after) if (!before.includes(role)) changed.add(role);
  return [...changed];
}

/** Whether `actor` may make this change to the roster; null when allowed, else why not (a Chinese message). */
export function refuseRoleChange(change: RoleChange): RoleChangeRefusal | null {
  const changed = rolesChanged(change);
  if (changed.length === 0) return null;
  if (change.target !== null && change.target.id === change.actor.id) {
    return { reason: 'self', message: '不能更改自己的角色或停用自己，请由组长或办公室其他同事办理' };
  }
  for (const role of changed) {
    const rule = ROLE_GRANT_RULES[role];
    const byRole = change.actor.roles.some((held) => rule.by.includes(held));
    if (!byRole && !(rule.setupSecretSuffices && change.setupSecretGiven)) {
      const who = rule.setupSecretSuffices ? '组长（或持有初始化密钥）' : rule.by.map((held) => ROLE_NAMES[held]).join('或');
      return { reason: 'not_allowed', role, message: `授予或取消“${ROLE_NAMES[role]}”角色须由${who}办理` };
    }
  }
  const losesSecretary = Boolean(change.target?.active && change.target.roles.includes('secretary')) && !(change.after.active && change.after.roles.includes('secretary'));
  if (losesSecretary && change.activeSecretaries <= 1) {
    return { reason: 'last_secretary', message: '这是单位唯一在任的组长，请先指定新的组长' };
  }
  return null;
}

/** Who took the 销号 steps of an item so far, from its closure record. */
export interface ClosureActors {
  appliedById: string | null;
  reviewedById: string | null;
}

/** The step `memberId` may not take on this item because they took another one; null when they may. */
export function closureStepTakenBy(step: ClosureStep, memberId: string, actors: ClosureActors | null): ClosureStep | null {
  if (!actors) return null;
  return conflictingStep<ClosureStep>(DISTINCT_ACTORS.closure, step, memberId, { apply: actors.appliedById, review: actors.reviewedById });
}

const CLOSURE_STEP_NAMES: Record<ClosureStep, string> = { apply: '申请销号', review: '审核', signOff: '审定' };

/** "您已对本事项办理了申请销号，审核须由其他人办理". */
export function sameClosureActorMessage(step: ClosureStep, taken: ClosureStep): string {
  return `您已对本事项办理了${CLOSURE_STEP_NAMES[taken]}，${CLOSURE_STEP_NAMES[step]}须由其他人办理`;
}

const INTERVIEW_STEP_NAMES: Record<InterviewStep, string> = { propose: '提议', approve: '审批', record: '记录' };

/**
 * The 约谈 step `memberId` may not take because they hold another one on the record (proposer, approver, 记录人);
 * null when they may. Used when the parties are named and again when each step is taken.
 */
export function interviewStepTakenBy(step: InterviewStep, memberId: string, parties: { proposerId: string | null; approverId: string | null; recorderId: string | null }): InterviewStep | null {
  return conflictingStep<InterviewStep>(DISTINCT_ACTORS.interview, step, memberId, { propose: parties.proposerId, approve: parties.approverId, record: parties.recorderId });
}

/** "约谈的提议人不能审批同一约谈". */
export function sameInterviewActorMessage(step: InterviewStep, taken: InterviewStep): string {
  return `同一约谈的${INTERVIEW_STEP_NAMES[taken]}人不能同时${INTERVIEW_STEP_NAMES[step]}，请由其他领导办理`;
}
