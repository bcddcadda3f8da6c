import type { SignatureSlotId } from '../../core/interviews/fields';
import type { InterviewSource } from '../../core/interviews/model';
import type { InterviewKind, InterviewState } from '../../core/interviews/states';

/** A person as the record names them, copied when named: a later roster change does not rewrite a signed form. */
export interface PartySnapshot {
  id: string;
  name: string;
  title: string | null;
  departments: string[];
}

export interface ActorStamp {
  byId: string;
  byName: string;
  at: Date;
}

export interface ApprovalEntry extends ActorStamp {
  decision: 'approve' | 'return';
  opinion: string;
}

export interface RecordEntry extends ActorStamp {
  heldAt: Date | null;
  /** Absent on records written before it existed. */
  earlyReason?: string | null;
  content: string | null;
  statement: string | null;
  requirements: string | null;
  commitments: string[];
  feedbackDue: string | null;
  attachments: string[];
  /** The names the attachments were picked by, in order; absent on records written before the app sent them. */
  attachmentNames?: string[] | null;
}

/** One landed signature: the server's own copy of the image, its sha256, the signer and the server time. */
export interface SignatureEntry {
  slot: SignatureSlotId;
  memberId: string;
  name: string;
  fileID: string;
  uploadFileID: string;
  sha256: string;
  /** The hash of the record as the signer's screen showed it (signingHashOf): what this signature was drawn over. */
  contentHash: string;
  bytes: number;
  width: number;
  height: number;
  inkPixels: number;
  signedAt: Date;
}

export interface SlotEntry {
  slot: SignatureSlotId;
  role: 'subject' | 'interviewer';
  memberId: string;
  name: string;
}

/** The current revision of a 约谈 record (collection `interviews`). Superseded revisions live in `interview_revisions`. */
export interface InterviewDocument {
  _id: string;
  revision: number;
  kind: InterviewKind;
  state: InterviewState;
  source: InterviewSource | null;
  subjectId: string | null;
  subject: PartySnapshot | null;
  interviewerIds: string[];
  interviewers: PartySnapshot[];
  recorderId: string | null;
  recorder: PartySnapshot | null;
  approverId: string | null;
  approver: PartySnapshot | null;
  proposerId: string;
  proposerName: string;
  plannedAt: Date | null;
  place: string | null;
  reason: string | null;
  submitted: ActorStamp | null;
  approval: ApprovalEntry | null;
  lastReturn: ApprovalEntry | null;
  record: RecordEntry | null;
  signaturesRequested: ActorStamp | null;
  slots: SlotEntry[];
  signatures: SignatureEntry[];
  /** Members whose slot is still empty while 待签字: "mine to sign" is one equality query. */
  pendingSignerIds: string[];
  /** HMAC-SHA256 of the sealed content with the SEAL_KEY entry `keyId`. */
  seal: { hash: string; keyId: string; at: Date } | null;
  deptOpinion: ActorStamp & { text: string } | null;
  filing: ActorStamp | null;
  /** HMAC over canonicalJson(SealAppendix) with the seal's key, rewritten by each post-seal step. */
  appendixHash: string | null;
  feedbackDue: string | null;
  feedback: (ActorStamp & { text: string; fileIDs: string[]; fileNames?: string[] | null; late: boolean }) | null;
  correction: (ActorStamp & { reason: string; previousRevision: number }) | null;
  /** Superseded revisions, oldest first (their full copies are in interview_revisions). */
  revisions: { revision: number; sealedAt: Date | null; hash: string | null }[];
  /** Everyone named on the record: lists and counts filter on it in the database. */
  viewerIds: string[];
  /** Half-year keys ("2026H1") of the planned time and of the talk once held, for the overview's counts. */
  plannedHalf: string | null;
  heldHalf: string | null;
  /** createdAt ISO + id: the list's order and cursor. */
  sortKey: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A superseded revision, frozen as it was (collection `interview_revisions`, id `<interviewId>-r<n>`). */
export interface InterviewRevisionDocument extends Omit<InterviewDocument, '_id'> {
  _id: string;
  interviewId: string;
  supersededAt: Date;
}

export function revisionDocumentId(interviewId: string, revision: number): string {
  return `${interviewId}-r${revision}`;
}
