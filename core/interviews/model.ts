import type { EvidenceFile, PersonRef } from '../tasks/model';
import type { IsoDay } from '../time';
import type { InterviewField, SignatureSlotId } from './fields';
import type { FeedbackState, InterviewKind, InterviewState } from './states';

/** A person on the form: 单位、职务、姓名, as the 约谈记录 prints them. */
export interface InterviewParty {
  id: string;
  name: string;
  title: string | null;
  departments: string[];
}

/** 事项来源: a tracked item (its title as it was when linked) or free text. */
export type InterviewSource = { type: 'task'; taskId: string; number: string | null; title: string } | { type: 'text'; text: string };

/** Whether the record still matches its seal; computed on every read, never stored. */
export interface SealStatus {
  /** True once the last signature landed (已签字, 已归档). */
  sealed: boolean;
  /** Content and every signature image re-hashed and compared now; null while not sealed. */
  intact: boolean | null;
  /** When it was sealed (ISO). */
  at: string | null;
  /** HMAC-SHA256 (hex) of the canonical content, files' hashes and previous seal; printed in the export's footer. */
  hash: string | null;
  /** Which seal key made it (keys rotate; old ones stay to check old seals). */
  keyId: string | null;
  /** When this check ran (server time, ISO). */
  checkedAt: string;
  /** What does not match, in words a person reads; empty when intact. */
  problems: SealProblem[];
}

export type SealProblem =
  | { kind: 'content'; label: string }
  | { kind: 'key_unknown'; label: string }
  | { kind: 'chain'; revision: number; label: string }
  | { kind: 'file_changed'; fileID: string; label: string }
  | { kind: 'file_missing'; fileID: string; label: string }
  | { kind: 'appendix'; label: string }
  | { kind: 'image_changed'; slot: SignatureSlotId; label: string }
  | { kind: 'image_missing'; slot: SignatureSlotId; label: string };

/** One signature slot: the 对象's or a 约谈人's; only that person can fill it. */
export interface SignatureSlot {
  slot: SignatureSlotId;
  role: 'subject' | 'interviewer';
  /** "约谈对象" / "约谈人" — the label printed over the slot. */
  roleLabel: string;
  person: PersonRef;
  signed: boolean;
  signedAt: string | null;
  sha256: string | null;
  /** The stored image (server's copy); null while unsigned. */
  fileID: string | null;
  /** A temporary URL to show the image; '' while unsigned or when the file is gone. */
  url: string;
  /** When the signer's WeChat was last re-bound (an insider re-binding someone to sign in their name shows here). */
  signerReboundAt: string | null;
}

/** A row of the list. */
export interface InterviewSummary {
  id: string;
  revision: number;
  kind: InterviewKind;
  state: InterviewState;
  subject: InterviewParty | null;
  interviewers: InterviewParty[];
  plannedAt: string | null;
  place: string | null;
  reason: string | null;
  source: InterviewSource | null;
  /** The caller's own unsigned slots (only while 待签字): the list puts these rows first. */
  slotsToSign: SignatureSlotId[];
  /** What the record needs before it can leave its state (the overview's "缺什么"). */
  missing: InterviewField[];
  sealed: boolean;
  feedbackState: FeedbackState;
  updatedAt: string;
}

export interface InterviewApproval {
  decision: 'approve' | 'return';
  opinion: string;
  by: PersonRef;
  at: string;
}

/** The talk as the 记录人 wrote it; fields stay null until written (a saved draft). */
export interface InterviewRecordContent {
  heldAt: string | null;
  /** Why the talk took place before its planned day; null when it did not. */
  earlyReason: string | null;
  content: string | null;
  statement: string | null;
  requirements: string | null;
  commitments: string[];
  feedbackDue: IsoDay | null;
  attachments: EvidenceFile[];
  by: PersonRef;
  at: string;
}

/** One step of the drawn path: reached or not, when and by whom. */
export interface InterviewPathStep {
  state: InterviewState;
  label: string;
  reached: boolean;
  current: boolean;
  at: string | null;
  by: PersonRef | null;
}

export interface InterviewRevisionRef {
  revision: number;
  current: boolean;
  sealedAt: string | null;
  hash: string | null;
}

/** The record as the detail page shows it: every field of the form, the slots, the seal and what the caller may do. */
export interface InterviewDetail extends InterviewSummary {
  proposer: PersonRef;
  recorder: InterviewParty | null;
  /** The leader named to approve (the secretary may approve any record). */
  approver: InterviewParty | null;
  approval: InterviewApproval | null;
  /** The last 退回 opinion, kept until the next submission so the proposer sees what to change. */
  lastReturn: InterviewApproval | null;
  record: InterviewRecordContent | null;
  slots: SignatureSlot[];
  deptOpinion: { text: string; by: PersonRef; at: string } | null;
  filed: { by: PersonRef; at: string } | null;
  feedback: { text: string; files: EvidenceFile[]; by: PersonRef; at: string; late: boolean } | null;
  feedbackDue: IsoDay | null;
  seal: SealStatus;
  /** The hash of this record as shown (everything but the signatures): interviews.sign sends it back. */
  contentHash: string;
  /** Set on a correction: why, and which revision it replaces. */
  correction: { reason: string; previousRevision: number; by: PersonRef; at: string } | null;
  /** Every revision of this record, newest first; older ones stay readable with `interviews.get {revision}`. */
  revisions: InterviewRevisionRef[];
  path: InterviewPathStep[];
  createdAt: string;
}

/** What the caller may do with this record now: the page shows exactly these buttons. */
export interface InterviewAbilities {
  update: boolean;
  submit: boolean;
  approve: boolean;
  record: boolean;
  requestSignatures: boolean;
  /** The slots the caller may sign now (their own, unsigned, while 待签字). */
  sign: SignatureSlotId[];
  addDeptOpinion: boolean;
  file: boolean;
  feedback: boolean;
  revise: boolean;
  export: boolean;
  verify: boolean;
}

/** The office's view: the current half-year (Beijing calendar) and whether any talk was held in it. */
export interface HalfYearCheck {
  /** "2026年上半年" */
  label: string;
  start: IsoDay;
  end: IsoDay;
  /** Talks held (record written) in the half-year, any kind. */
  held: number;
  /** Talks planned in the half-year that have not been held yet. */
  planned: number;
  /** Chinese warning when nothing was held, else null. */
  warning: string | null;
}
