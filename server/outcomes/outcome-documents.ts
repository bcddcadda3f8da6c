import type { FollowUpOutcome, OutcomeFacts, OutcomeState } from '../../core/outcomes/model';

/** The facts as stored: a 举一反三 problem keeps its child item's id; the child's state is read with it. */
export type StoredOutcomeFacts = Exclude<OutcomeFacts, FollowUpOutcome> | (Omit<FollowUpOutcome, 'child'> & { childTaskId: string | null });

/** An outcome as stored: its facts flat, where it came from, and the decision on it. */
export type OutcomeDocument = StoredOutcomeFacts & {
  _id: string;
  taskId: string;
  planId: string;
  progressId: string;
  state: OutcomeState;
  fileID: string | null;
  fileName: string | null;
  recordedById: string;
  recordedAt: Date;
  decision: { at: Date; byId: string; opinion: string } | null;
};
