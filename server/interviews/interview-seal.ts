import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { SealProblem, SealStatus } from '../../core/interviews/model';
import { canonicalJson } from '../../core/interviews/seal';
import type { SealAppendix, SealContent, SealedFile } from '../../core/interviews/seal';
import { acceptedSha256Of } from '../files/accepted-files';
import { downloadIfPresent } from '../platform/storage-files';
import type { InterviewDocument } from './interview-documents';

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

type Sealable = Omit<InterviewDocument, 'revisions'> & Partial<Pick<InterviewDocument, 'revisions'>>;

/** One seal key: its id is stored beside each seal, so a rotated key still checks what it sealed. */
export interface SealKey {
  id: string;
  secret: Buffer;
}

export interface SealKeys {
  /** The key new seals are made with. */
  current: SealKey;
  byId: ReadonlyMap<string, SealKey>;
}

const KEY_ENTRY = /^([A-Za-z0-9_-]{1,32}):(.{32,})$/;

/**
 * SEAL_KEY, the function's environment variable: `<id>:<secret>[,<id>:<secret>…]`, the first seals, all check
 * (rotation: put the new key first, keep the old ones). Never stored in the database. Missing: SEAL_KEY_MISSING.
 */
export function sealKeysOf(env: Readonly<Record<string, string | undefined>>): SealKeys {
  const entries = (env.SEAL_KEY ?? '').split(',').map((entry) => KEY_ENTRY.exec(entry.trim()));
  const keys = entries.flatMap((match) => (match ? [{ id: match[1] as string, secret: Buffer.from(match[2] as string, 'utf8') }] : []));
  const [current] = keys;
  if (!current || keys.length !== entries.length) throw new AppError('SEAL_KEY_MISSING');
  return { current, byId: new Map(keys.map((key) => [key.id, key])) };
}

/** The keys for reading: a record is still shown when SEAL_KEY is missing, its seal reported as uncheckable. */
export function sealKeysForReading(env: Readonly<Record<string, string | undefined>>): SealKeys | null {
  try {
    return sealKeysOf(env);
  } catch {
    return null;
  }
}

const mac = (key: SealKey, value: unknown): string => createHmac('sha256', key.secret).update(canonicalJson(value)).digest('hex');

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const sealedFile = (fileID: string): SealedFile => ({ fileID, sha256: acceptedSha256Of(fileID) });

/** The content the signers attested to, in the documented canonical shape (core/interviews/seal). */
export function sealContentOf(doc: Sealable, interviewId: string, previousSeal: string | null): SealContent {
  return {
    v: 2,
    interviewId,
    revision: doc.revision,
    kind: doc.kind,
    source: doc.source,
    subject: doc.subject,
    interviewers: doc.interviewers,
    recorder: doc.recorder,
    approver: doc.approver,
    proposer: { id: doc.proposerId, name: doc.proposerName },
    access: {
      subjectId: doc.subjectId,
      interviewerIds: doc.interviewerIds,
      recorderId: doc.recorderId,
      approverId: doc.approverId,
      viewerIds: doc.viewerIds,
      slots: doc.slots.map((slot) => ({ slot: slot.slot, role: slot.role, memberId: slot.memberId, name: slot.name })),
    },
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
          attachments: doc.record.attachments.map(sealedFile),
          byId: doc.record.byId,
          byName: doc.record.byName,
          at: iso(doc.record.at) as string,
        }
      : null,
    signatures: doc.slots.flatMap((slot) => {
      const signature = doc.signatures.find((entry) => entry.slot === slot.slot);
      return signature
        ? [{ slot: slot.slot, memberId: signature.memberId, name: signature.name, sha256: signature.sha256, fileID: signature.fileID, signedAt: iso(signature.signedAt) as string, contentHash: signature.contentHash }]
        : [];
    }),
    correction: doc.correction
      ? { reason: doc.correction.reason, previousRevision: doc.correction.previousRevision, byId: doc.correction.byId, byName: doc.correction.byName, at: iso(doc.correction.at) as string }
      : null,
    previousSeal,
  };
}

/** The previous revision's seal as this revision names it (the chain link). */
export function previousSealOf(doc: Sealable): string | null {
  return doc.revisions?.at(-1)?.hash ?? null;
}

/**
 * The hash of what a signer's screen shows: the whole record except the signatures. The app sends it back with
 * the signature, so a signature drawn over another text is refused (CONTENT_CHANGED).
 */
export function signingHashOf(doc: Sealable, interviewId: string): string {
  return sha256Hex(canonicalJson({ ...sealContentOf(doc, interviewId, previousSealOf(doc)), signatures: [] }));
}

/** The seal of a fully signed record, with the current key. */
export function sealOf(doc: Sealable, interviewId: string, keys: SealKeys, at: Date): NonNullable<InterviewDocument['seal']> {
  return { hash: mac(keys.current, sealContentOf(doc, interviewId, previousSealOf(doc))), keyId: keys.current.id, at };
}

export function appendixOf(doc: Sealable, sealHash: string): SealAppendix {
  const feedback = doc.feedback;
  return {
    v: 2,
    sealHash,
    deptOpinion: doc.deptOpinion ? { text: doc.deptOpinion.text, byId: doc.deptOpinion.byId, byName: doc.deptOpinion.byName, at: iso(doc.deptOpinion.at) as string } : null,
    filing: doc.filing ? { byId: doc.filing.byId, byName: doc.filing.byName, at: iso(doc.filing.at) as string } : null,
    feedback: feedback
      ? { text: feedback.text, files: feedback.fileIDs.map(sealedFile), late: feedback.late, byId: feedback.byId, byName: feedback.byName, at: iso(feedback.at) as string }
      : null,
  };
}

/** The MAC of what was added after the seal, with the key that made the seal. */
export function appendixHashOf(doc: Sealable, keys: SealKeys): string {
  if (!doc.seal) throw new AppError('INTERVIEW_INVALID_STATE');
  const key = keys.byId.get(doc.seal.keyId) ?? keys.current;
  return mac(key, appendixOf(doc, doc.seal.hash));
}

/** Every file a revision refers to: signature images, attachments, feedback files. */
function referencedFiles(doc: Sealable): string[] {
  return [...doc.signatures.map((signature) => signature.fileID), ...(doc.record?.attachments ?? []), ...(doc.feedback?.fileIDs ?? [])];
}

/** The stored files of a record by fileID (null: gone), fetched in parallel; the export reuses them for the document. */
export async function filesOf(doc: Sealable): Promise<Map<string, Buffer | null>> {
  const entries = await Promise.all([...new Set(referencedFiles(doc))].map(async (fileID) => [fileID, await downloadIfPresent(fileID)] as const));
  return new Map(entries);
}

const fileLabel = (fileID: string): string => decodeURIComponent(fileID.slice(fileID.lastIndexOf('/') + 1));

/** What differs in one revision: its MAC, its appendix's MAC, and every byte it refers to. */
function problemsOf(doc: Sealable, interviewId: string, keys: SealKeys | null, previousSeal: string | null, files: Map<string, Buffer | null>): SealProblem[] {
  if (!doc.seal) return [];
  const problems: SealProblem[] = [];
  const key = keys?.byId.get(doc.seal.keyId);
  if (!key) return [{ kind: 'key_unknown', label: `封存密钥“${doc.seal.keyId ?? '未知'}”未配置，无法校验` }];
  let expected: string | null = null;
  try {
    expected = mac(key, sealContentOf(doc, interviewId, previousSeal));
  } catch {
    expected = null;
  }
  if (expected === null || !sameHex(expected, doc.seal.hash)) problems.push({ kind: 'content', label: '记录内容、参与人员或附件清单与封存时不一致' });
  for (const signature of doc.signatures) {
    const bytes = files.get(signature.fileID) ?? null;
    if (bytes === null) problems.push({ kind: 'image_missing', slot: signature.slot, label: `${signature.name}的签名图片已丢失` });
    else if (sha256Hex(bytes) !== signature.sha256) problems.push({ kind: 'image_changed', slot: signature.slot, label: `${signature.name}的签名图片与封存时不一致` });
  }
  for (const fileID of [...(doc.record?.attachments ?? []), ...(doc.feedback?.fileIDs ?? [])]) {
    const bytes = files.get(fileID) ?? null;
    const sealed = acceptedSha256Of(fileID);
    if (bytes === null) problems.push({ kind: 'file_missing', fileID, label: `附件“${fileLabel(fileID)}”已丢失` });
    else if (sealed !== null && sha256Hex(bytes) !== sealed) problems.push({ kind: 'file_changed', fileID, label: `附件“${fileLabel(fileID)}”与提交时不一致` });
  }
  const hasAppendix = doc.deptOpinion !== null || doc.filing !== null || doc.feedback !== null || doc.appendixHash !== null;
  if (hasAppendix && (doc.appendixHash === null || !sameHex(mac(key, appendixOf(doc, doc.seal.hash)), doc.appendixHash))) {
    problems.push({ kind: 'appendix', label: '组织实施部门意见、归档信息或整改反馈与记录时不一致' });
  }
  return problems;
}

function status(doc: Sealable, checkedAt: Date, problems: SealProblem[]): SealStatus {
  if (!doc.seal) return { sealed: false, intact: null, at: null, hash: null, keyId: null, checkedAt: checkedAt.toISOString(), problems };
  return { sealed: true, intact: problems.length === 0, at: new Date(doc.seal.at).toISOString(), hash: doc.seal.hash, keyId: doc.seal.keyId ?? null, checkedAt: checkedAt.toISOString(), problems };
}

/**
 * The check every read runs on the revision shown: its MAC with the key that made it, its appendix, every file's
 * bytes, and the link to the previous revision as the current record lists it. `files`: bytes already fetched.
 */
export async function checkSeal(doc: Sealable, interviewId: string, keys: SealKeys | null, now: Date, files?: Map<string, Buffer | null>): Promise<SealStatus> {
  const stored = files ?? (await filesOf(doc));
  return status(doc, now, problemsOf(doc, interviewId, keys, previousSealOf(doc), stored));
}

/**
 * The whole chain, oldest first (older revisions from interview_revisions, then the current record): each revision's
 * own check, its seal equal to what the next revision and the current record name as its predecessor. Problems of
 * older revisions say which (第N版).
 */
export async function checkChain(current: InterviewDocument, older: readonly Sealable[], keys: SealKeys | null, now: Date, shownRevision: number): Promise<SealStatus> {
  const problems: SealProblem[] = [];
  const chain: Sealable[] = [...older].sort((a, b) => a.revision - b.revision);
  for (const listed of current.revisions) {
    const frozen = chain.find((doc) => doc.revision === listed.revision);
    if (!frozen) problems.push({ kind: 'chain', revision: listed.revision, label: `第${listed.revision}版已不存在` });
    else if ((frozen.seal?.hash ?? null) !== listed.hash) problems.push({ kind: 'chain', revision: listed.revision, label: `第${listed.revision}版的封存值与后续版本记载的不一致` });
  }
  for (const doc of chain) {
    const own = problemsOf(doc, current._id, keys, previousSealOf(doc), await filesOf(doc));
    problems.push(...own.map((problem) => (problem.kind === 'chain' ? problem : { ...problem, label: `第${doc.revision}版：${problem.label}` })));
  }
  problems.push(...problemsOf(current, current._id, keys, previousSealOf(current), await filesOf(current)));
  const shown = shownRevision === current.revision ? current : (chain.find((doc) => doc.revision === shownRevision) ?? current);
  return status(shown, now, problems);
}
