import type { OutcomeFacts, OutcomeState } from '../../core/outcomes/model';

/** An outcome as stored: its facts flat, where it came from, and the decision on it. */
export type OutcomeDocument = OutcomeFacts & {
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
