import { createHash } from 'node:crypto';
import type { SealProblem, SealStatus } from '../../core/interviews/model';
import { canonicalJson } from '../../core/interviews/seal';
import type { SealAppendix, SealContent } from '../../core/interviews/seal';
import { downloadIfPresent } from '../platform/storage-files';
import type { InterviewDocument } from './interview-documents';

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

type Sealable = Omit<InterviewDocument, 'revisions'>;

/** The content the signers attested to, in the documented canonical shape (core/interviews/seal). */
export function sealContentOf(doc: Sealable, interviewId: string): SealContent {
  return {
    v: 1,
    interviewId,
    revision: doc.revision,
    kind: doc.kind,
    source: doc.source,
    subject: doc.subject,
    interviewers: doc.interviewers,
    recorder: doc.recorder,
    approver: doc.approver,
    proposer: { id: doc.proposerId, name: doc.proposerName },
    plannedAt: iso(doc.plannedAt),
    place: doc.place,
    reason: doc.reason,
    approval: doc.approval
      ? { decision: doc.approval.decision, opinion: doc.approval.opinion, byId: doc.approval.byId, byName: doc.approval.byName, at: iso(doc.approval.at) as string }
      : null,
    record: doc.record
      ? {
          heldAt: iso(doc.record.heldAt),
          earlyReason: doc.record.earlyReason,
          content: doc.record.content,
          statement: doc.record.statement,
          requirements: doc.record.requirements,
          commitments: doc.record.commitments,
          feedbackDue: doc.record.feedbackDue,
          attachments: doc.record.attachments,
          byId: doc.record.byId,
          byName: doc.record.byName,
          at: iso(doc.record.at) as string,
        }
      : null,
    signatures: doc.slots.map((slot) => {
      const signature = doc.signatures.find((entry) => entry.slot === slot.slot);
      if (!signature) throw new Error(`sealing with slot ${slot.slot} unsigned`);
      return { slot: slot.slot, memberId: signature.memberId, name: signature.name, sha256: signature.sha256, fileID: signature.fileID, signedAt: iso(signature.signedAt) as string };
    }),
  };
}

export function sealHashOf(doc: Sealable, interviewId: string): string {
  return sha256Hex(canonicalJson(sealContentOf(doc, interviewId)));
}

export function appendixOf(doc: Sealable, sealHash: string): SealAppendix {
  return {
    v: 1,
    sealHash,
    deptOpinion: doc.deptOpinion ? { text: doc.deptOpinion.text, byId: doc.deptOpinion.byId, byName: doc.deptOpinion.byName, at: iso(doc.deptOpinion.at) as string } : null,
    filing: doc.filing ? { byId: doc.filing.byId, byName: doc.filing.byName, at: iso(doc.filing.at) as string } : null,
  };
}

export function appendixHashOf(doc: Sealable, sealHash: string): string {
  return sha256Hex(canonicalJson(appendixOf(doc, sealHash)));
}

/** The stored signature images by fileID (null: gone), fetched in parallel; the export reuses them for the document. */
export async function signatureImagesOf(doc: Pick<Sealable, 'signatures'>): Promise<Map<string, Buffer | null>> {
  const entries = await Promise.all(doc.signatures.map(async (signature) => [signature.fileID, await downloadIfPresent(signature.fileID)] as const));
  return new Map(entries);
}

/**
 * The check every read runs: recompute the content hash from the stored fields, re-hash every stored signature
 * image, and recompute the appendix (dept opinion, filing). `interviewId` is the record's id (a revision copy has its own _id).
 */
export async function checkSeal(doc: Sealable, interviewId: string, now: Date, images?: Map<string, Buffer | null>): Promise<SealStatus> {
  const checkedAt = now.toISOString();
  if (!doc.seal) return { sealed: false, intact: null, at: null, hash: null, checkedAt, problems: [] };
  const problems: SealProblem[] = [];
  let contentHash: string | null = null;
  try {
    contentHash = sealHashOf(doc, interviewId);
  } catch {
    contentHash = null;
  }
  if (contentHash !== doc.seal.hash) problems.push({ kind: 'content', label: '记录内容与封存时不一致' });
  const stored = images ?? (await signatureImagesOf(doc));
  for (const signature of doc.signatures) {
    const bytes = stored.get(signature.fileID) ?? null;
    if (bytes === null) problems.push({ kind: 'image_missing', slot: signature.slot, label: `${signature.name}的签名图片已丢失` });
    else if (sha256Hex(bytes) !== signature.sha256) problems.push({ kind: 'image_changed', slot: signature.slot, label: `${signature.name}的签名图片与封存时不一致` });
  }
  const hasAppendix = doc.deptOpinion !== null || doc.filing !== null || doc.appendixHash !== null;
  if (hasAppendix && doc.appendixHash !== appendixHashOf(doc, doc.seal.hash)) {
    problems.push({ kind: 'appendix', label: '组织实施部门意见或归档信息与记录时不一致' });
  }
  return { sealed: true, intact: problems.length === 0, at: new Date(doc.seal.at).toISOString(), hash: doc.seal.hash, checkedAt, problems };
}
