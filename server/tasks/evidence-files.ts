import { isImage } from '../../core/tasks/evidence';
import type { EvidenceFile } from '../../core/tasks/model';
import { cloudPathOf } from '../platform/storage';

/** The file's own name: the last segment of its cloud path (the app keeps the picked file's name there). */
export function fileNameOf(fileID: string): string {
  const path = cloudPathOf(fileID);
  return path.slice(path.lastIndexOf('/') + 1);
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
