import { AppError } from '../../core/errors';
import type { ParsedActionInput } from '../../core/actions';
import type { ActionContext } from '../api/context';
import { requireMember } from '../api/context';
import { cloudPathOf, downloadFile } from '../platform/storage';
import { uploadFile } from '../platform/storage-files';
import type { InterviewDocument, SignatureEntry } from './interview-documents';
import { appendixHashOf, sealKeysOf, sealOf, sha256Hex, signingHashOf } from './interview-seal';
import { loadForAction, mutateInterview, requireState } from './interview-service';
import { inspectSignaturePng } from './signature-png';

/** Where the server keeps its own copy of a signature: outside the client's upload folder, one file per image. */
export function storedSignaturePath(interviewId: string, revision: number, slot: string, sha256: string): string {
  return `interviews/${interviewId}/r${revision}/${slot}-${sha256.slice(0, 16)}.png`;
}

/** The slot's refusals that do not depend on the image: whose slot, which state, already signed. */
function checkSlot(doc: InterviewDocument, slot: string, memberId: string): void {
  const entry = doc.slots.find((candidate) => candidate.slot === slot);
  if (!entry) throw new AppError('VALIDATION_FAILED', '该记录没有这个签字栏', { issues: [{ path: 'slot', message: '签字栏不存在' }] });
  // The state first: before signatures are asked for, "not your slot" would send the signer looking for the wrong cause.
  requireState(doc, 'sign');
  if (entry.memberId !== memberId) throw new AppError('SLOT_NOT_YOURS');
  if (doc.signatures.some((signature) => signature.slot === slot)) throw new AppError('ALREADY_SIGNED');
}

/** The signer's screen showed `shownHash`; a record rewritten since is refused, and the app shows the new text. */
function requireShownContent(doc: InterviewDocument, shownHash: string): void {
  const currentHash = signingHashOf(doc, doc._id);
  if (currentHash !== shownHash) throw new AppError('CONTENT_CHANGED', undefined, { contentHash: currentHash });
}

/**
 * One handwritten signature: only the member named for the slot (OPENID → member), only while 待签字, only an
 * upload made for this record and slot, only a real, non-blank PNG within the size limit. The server keeps its own
 * copy (the client's upload can be overwritten by the client), its sha256, the signer and the server time. The
 * signature that fills the last slot seals the record in the same transaction, so two last signers seal it once.
 */
export async function signInterview(context: ActionContext, input: ParsedActionInput<'interviews.sign'>): Promise<InterviewDocument> {
  const member = requireMember(context);
  const keys = sealKeysOf(context.env);
  const before = await loadForAction(context, input.interviewId, 'interviews.get');
  checkSlot(before, input.slot, member.id);
  requireShownContent(before, input.contentHash);

  const path = cloudPathOf(input.fileID);
  const expected = new RegExp(`^uploads/interviews/${before._id}/${input.slot}-[A-Za-z0-9_-]{4,64}\\.png$`);
  if (!expected.test(path)) throw new AppError('SIGNATURE_FILE_INVALID', undefined, { path });
  const bytes = await downloadFile(input.fileID);
  const verdict = inspectSignaturePng(bytes);
  if (!verdict.ok) throw new AppError(verdict.code, undefined, { reason: verdict.reason });
  const sha256 = sha256Hex(bytes);
  const fileID = await uploadFile(storedSignaturePath(before._id, before.revision, input.slot, sha256), bytes);

  return mutateInterview(context, input.interviewId, 'interviews.sign', (current, now) => {
    checkSlot(current, input.slot, member.id);
    // A rewrite or a revision meanwhile would make this image sign content it was not drawn for.
    requireShownContent(current, input.contentHash);
    const signature: SignatureEntry = {
      slot: input.slot,
      memberId: member.id,
      name: member.name,
      fileID,
      uploadFileID: input.fileID,
      sha256,
      contentHash: input.contentHash,
      bytes: bytes.length,
      width: verdict.width,
      height: verdict.height,
      inkPixels: verdict.inkPixels,
      signedAt: now,
    };
    const signatures = [...current.signatures, signature];
    const unsigned = current.slots.filter((slot) => !signatures.some((entry) => entry.slot === slot.slot));
    const next: InterviewDocument = {
      ...current,
      signatures,
      pendingSignerIds: [...new Set(unsigned.map((slot) => slot.memberId))],
    };
    if (unsigned.length > 0) return { ...next, state: requireState(current, 'sign') };
    const sealed: InterviewDocument = { ...next, state: requireState(current, 'lastSignature') };
    const withSeal: InterviewDocument = { ...sealed, seal: sealOf(sealed, current._id, keys, now) };
    // A corrected revision keeps the 整改反馈 already given: it joins the new seal's appendix at once.
    return withSeal.feedback ? { ...withSeal, appendixHash: appendixHashOf(withSeal, keys) } : withSeal;
  });
}
