import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import { sniffFileKind } from '../../core/files/file-kind';
import { interviewUploadFolder } from '../../core/interviews/fields';
import { MAX_FILE_BYTES, taskUploadFolder } from '../../core/tasks/evidence';
import { COLLECTIONS } from '../db/collections';
import type { Transaction } from '../platform/database-types';
import { cloudPathOf, downloadFile } from '../platform/storage';
import { uploadFile } from '../platform/storage-files';

/** What a file was accepted as: an item's evidence or a 约谈 record's attachment or feedback. */
export type AcceptedFileOwner = { kind: 'task'; id: string } | { kind: 'interview'; id: string };

/** The facts kept of every accepted file (collection `files`): what was accepted, by whom, from which draft. */
export interface AcceptedFileDocument {
  _id: string;
  fileID: string;
  owner: AcceptedFileOwner;
  sha256: string;
  size: number;
  mimeType: string;
  originalName: string;
  draftFileID: string;
  acceptedById: string;
  acceptedAt: Date;
}

const MB = 1024 * 1024;

export const sha256Hex = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** Where the phone uploads drafts for an owner; only its own folder's drafts can be accepted for it. */
export function draftFolderOf(owner: AcceptedFileOwner): string {
  return owner.kind === 'task' ? taskUploadFolder(owner.id) : interviewUploadFolder(owner.id);
}

/** Where the server keeps accepted copies: a path no client writes (storage rule: only its creator, and the creator is the function). */
export function acceptedFolderOf(owner: AcceptedFileOwner): string {
  return `evidence/${owner.kind}/${owner.id}/`;
}

/** The copy's name keeps the draft's (letters, digits, CJK, a few marks), its extension follows the content. */
function safeBaseName(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const cleaned = base.normalize('NFC').replace(/[^\p{L}\p{N}_\-（）()·]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  return cleaned === '' ? 'file' : cleaned;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The name a file was picked by: the one the app sent, else the draft's own name. */
function pickedNameOf(draftFileID: string, pickedName: string | null | undefined): string {
  return pickedName || lastSegment(cloudPathOf(draftFileID));
}

/** An accepted copy's sha256 is the folder it sits in: `evidence/<kind>/<id>/<sha256>/<name>.<ext>`. */
export function acceptedSha256Of(fileID: string): string | null {
  return /\/([0-9a-f]{64})\/[^/]+$/.exec(cloudPathOf(fileID))?.[1] ?? null;
}

export interface AcceptOptions {
  owner: AcceptedFileOwner;
  memberId: string;
  now: Date;
}

/**
 * Copies drafts into the server's folder once per call, even when the transaction around it retries: the same
 * draft always gives the same copy (its path is made of its content's hash).
 */
export class FileAcceptance {
  private readonly copies = new Map<string, AcceptedFileDocument>();

  constructor(private readonly options: AcceptOptions) {}

  /**
   * The server's copies of `fileIDs`, in order: a draft of the owner's upload folder is checked (content type,
   * size) and copied; a copy accepted earlier for the same owner stays as it is; anything else is FILE_NOT_ALLOWED.
   * The facts of every new copy are written in `transaction`, so a refused write leaves no record behind.
   * `names`: what the person picked the files by, in order, when the app sent them.
   */
  async accept(transaction: Transaction, fileIDs: readonly string[], names?: readonly string[] | null): Promise<string[]> {
    if (new Set(fileIDs).size !== fileIDs.length) throw new AppError('VALIDATION_FAILED', '同一附件不能重复添加');
    const accepted: string[] = [];
    for (const [index, fileID] of fileIDs.entries()) {
      const copy = await this.copyOf(fileID, names?.[index] ?? null);
      if (copy) {
        const { _id: id, ...data } = copy;
        await transaction.collection(COLLECTIONS.files).doc(id).set({ data });
      }
      accepted.push(copy ? copy.fileID : fileID);
    }
    if (new Set(accepted).size !== accepted.length) throw new AppError('VALIDATION_FAILED', '同一附件不能重复添加');
    return accepted;
  }

  private async copyOf(fileID: string, pickedName: string | null): Promise<AcceptedFileDocument | null> {
    const { owner } = this.options;
    const path = cloudPathOf(fileID);
    const climbs = path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '');
    if (!climbs && path.startsWith(acceptedFolderOf(owner)) && acceptedSha256Of(fileID)) {
      // Accepted before (an edited post keeps its files): it must still be there, as it was.
      await downloadFile(fileID);
      return null;
    }
    if (climbs || !path.startsWith(draftFolderOf(owner))) {
      throw new AppError('FILE_NOT_ALLOWED', owner.kind === 'task' ? '附件不属于本事项，请重新上传' : '附件不属于本约谈记录，请重新上传', { fileID });
    }
    const known = this.copies.get(fileID);
    if (known) return known;
    const name = pickedNameOf(fileID, pickedName);

    const bytes = await downloadFile(fileID);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new AppError('FILE_NOT_ALLOWED', `“${name}”有 ${(bytes.length / MB).toFixed(1)} MB，单个附件不能超过 ${MAX_FILE_BYTES / MB} MB`, { fileID });
    }
    const kind = sniffFileKind(bytes, name);
    if (!kind) throw new AppError('FILE_NOT_ALLOWED', `“${name}”不是图片、PDF、Word 或 Excel 文件，不能作为附件`, { fileID });
    const sha256 = sha256Hex(bytes);
    // Named after the draft, not the picked name, so the same draft sent again is the same copy.
    const copyPath = `${acceptedFolderOf(owner)}${sha256}/${safeBaseName(lastSegment(path))}.${kind.extension}`;
    const copy: AcceptedFileDocument = {
      _id: `${owner.kind}-${owner.id}-${sha256.slice(0, 32)}`,
      fileID: await uploadFile(copyPath, bytes),
      owner,
      sha256,
      size: bytes.length,
      mimeType: kind.mimeType,
      originalName: name,
      draftFileID: fileID,
      acceptedById: this.options.memberId,
      acceptedAt: this.options.now,
    };
    this.copies.set(fileID, copy);
    return copy;
  }
}
