import { AppError } from '../../core/errors';
import { isAllowedEvidence, isImage, taskUploadFolder } from '../../core/tasks/evidence';
import type { EvidenceFile } from '../../core/tasks/model';
import { cloudPathOf, temporaryUrls } from '../platform/storage';

/** The file's own name: the last segment of its cloud path (the app keeps the picked file's name there). */
export function fileNameOf(fileID: string): string {
  const path = cloudPathOf(fileID);
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A request may attach only this item's uploads (`uploads/tasks/<taskId>/…`) of an allowed type; anything else —
 * another item's file, a plan upload, a path climbing out with `..` — is FILE_NOT_ALLOWED.
 */
export function checkEvidencePaths(taskId: string, fileIDs: readonly string[]): void {
  const folder = taskUploadFolder(taskId);
  const refused = fileIDs.filter((fileID) => {
    const path = cloudPathOf(fileID);
    return !path.startsWith(folder) || path.split('/').some((segment) => segment === '..' || segment === '.') || !isAllowedEvidence(fileNameOf(fileID)) || fileNameOf(fileID) === '';
  });
  if (refused.length > 0) throw new AppError('FILE_NOT_ALLOWED', undefined, { fileIDs: refused });
  if (new Set(fileIDs).size !== fileIDs.length) throw new AppError('VALIDATION_FAILED', '同一附件不能重复添加');
}

/** Every file must really be in storage: an upload that failed on the phone is FILE_NOT_FOUND, to pick again. */
export async function checkEvidenceStored(fileIDs: readonly string[]): Promise<void> {
  if (fileIDs.length === 0) return;
  const urls = await temporaryUrls(fileIDs);
  const missing = fileIDs.filter((fileID) => !urls.get(fileID));
  if (missing.length > 0) throw new AppError('FILE_NOT_FOUND', undefined, { fileIDs: missing });
}

/** A file as pages show it: the name it was picked by when the app sent one, else its storage name; image by its stored type. */
export function evidenceFile(fileID: string, urls: ReadonlyMap<string, string>, pickedName?: string | null): EvidenceFile {
  const stored = fileNameOf(fileID);
  return { fileID, name: pickedName || stored, isImage: isImage(stored), url: urls.get(fileID) ?? '' };
}

/** The evidence files of one post or application, each with its picked name. */
export function evidenceFiles(fileIDs: readonly string[], names: readonly string[] | null | undefined, urls: ReadonlyMap<string, string>): EvidenceFile[] {
  return fileIDs.map((fileID, index) => evidenceFile(fileID, urls, names?.[index] ?? null));
}
