import type { SignatureSlotId } from './fields';
import type { InterviewKind } from './states';

/**
 * The seal is HMAC-SHA256, keyed with a secret kept outside the database (the function's SEAL_KEY), over
 * canonicalJson(sealContent): keys sorted at every depth, no whitespace, arrays in order, undefined dropped, instants
 * as ISO-8601 UTC strings. Whoever holds the key can recompute it from the record and the files' bytes; whoever can
 * only write the database cannot. docs/trust.md says what it proves.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
      return JSON.stringify(value);
    case 'object': {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
    }
    default:
      throw new Error(`canonicalJson: cannot encode ${typeof value}`);
  }
}

export interface SealedParty {
  id: string;
  name: string;
  title: string | null;
  departments: string[];
}

/** A file the record refers to, by its bytes: the check downloads it and compares the hash. */
export interface SealedFile {
  fileID: string;
  sha256: string | null;
}

/**
 * What the signers attested to: every field of the form, who may see and act on it, the signatures with the
 * content hash each signer's screen showed, every file's bytes hash, and the previous revision's seal (a chain).
 */
export interface SealContent {
  v: 2;
  interviewId: string;
  revision: number;
  kind: InterviewKind;
  source: { type: 'task'; taskId: string; number: string | null; title: string } | { type: 'text'; text: string } | null;
  subject: SealedParty | null;
  interviewers: SealedParty[];
  recorder: SealedParty | null;
  approver: SealedParty | null;
  proposer: { id: string; name: string };
  access: {
    subjectId: string | null;
    interviewerIds: string[];
    recorderId: string | null;
    approverId: string | null;
    viewerIds: string[];
    slots: { slot: SignatureSlotId; role: 'subject' | 'interviewer'; memberId: string; name: string }[];
  };
  plannedAt: string | null;
  place: string | null;
  reason: string | null;
  approval: { decision: 'approve' | 'return'; opinion: string; byId: string; byName: string; at: string } | null;
  record: {
    heldAt: string | null;
    /** Left out (undefined) on records written before it existed, so their seals still verify. */
    earlyReason?: string | null;
    content: string | null;
    statement: string | null;
    requirements: string | null;
    commitments: string[];
    feedbackDue: string | null;
    attachments: SealedFile[];
    byId: string;
    byName: string;
    at: string;
  } | null;
  signatures: { slot: SignatureSlotId; memberId: string; name: string; sha256: string; fileID: string; signedAt: string; contentHash: string }[];
  correction: { reason: string; previousRevision: number; byId: string; byName: string; at: string } | null;
  /** The seal of the revision this one corrects; null for the first. */
  previousSeal: string | null;
}

/**
 * What is added after the seal, each step at most once: the 组织实施部门意见, the filing and the 整改反馈 with its
 * files' bytes. Its MAC (same key) chains to the seal, so none can change without the check noticing.
 */
export interface SealAppendix {
  v: 2;
  sealHash: string;
  deptOpinion: { text: string; byId: string; byName: string; at: string } | null;
  filing: { byId: string; byName: string; at: string } | null;
  feedback: { text: string; files: SealedFile[]; late: boolean; byId: string; byName: string; at: string } | null;
}
