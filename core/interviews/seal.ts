import type { SignatureSlotId } from './fields';
import type { InterviewKind } from './states';

/**
 * The seal is sha256 over canonicalJson(sealContent): keys sorted at every depth, no whitespace, arrays in order,
 * undefined dropped, instants as ISO-8601 UTC strings. Anyone can recompute it from an export of the record and the
 * signature images, without this code: the form is documented here and in the report.
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

/** What the signers attested to: every field of the form up to and including the signatures. Version 1. */
export interface SealContent {
  v: 1;
  interviewId: string;
  revision: number;
  kind: InterviewKind;
  source: { type: 'task'; taskId: string; number: string | null; title: string } | { type: 'text'; text: string } | null;
  subject: SealedParty | null;
  interviewers: SealedParty[];
  recorder: SealedParty | null;
  approver: SealedParty | null;
  proposer: { id: string; name: string };
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
    attachments: string[];
    byId: string;
    byName: string;
    at: string;
  } | null;
  signatures: { slot: SignatureSlotId; memberId: string; name: string; sha256: string; fileID: string; signedAt: string }[];
}

/**
 * What is added after the seal, each step at most once: the 组织实施部门意见 and the filing. Its hash chains to the
 * seal's hash, so neither can change without the check noticing.
 */
export interface SealAppendix {
  v: 1;
  sealHash: string;
  deptOpinion: { text: string; byId: string; byName: string; at: string } | null;
  filing: { byId: string; byName: string; at: string } | null;
}
