import { getCloud } from './cloud';

/** Writes bytes to cloud storage (the same path overwrites) and answers the fileID. */
export async function uploadFile(cloudPath: string, bytes: Buffer): Promise<string> {
  const { fileID } = (await getCloud().uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
  return fileID;
}

/** getTempFileURL takes at most 50 ids a call. */
const BATCH = 50;

/**
 * Temporary download URLs by fileID ('' for a file that is gone), for showing signature images and handing out
 * exports. Private URLs last minutes: fetch them when answering, never store them.
 */
export async function temporaryUrlsOf(fileIDs: readonly string[], maxAgeSeconds = 600): Promise<Map<string, string>> {
  const unique = [...new Set(fileIDs)];
  const urls = new Map<string, string>();
  for (let index = 0; index < unique.length; index += BATCH) {
    const fileList = unique.slice(index, index + BATCH).map((fileID) => ({ fileID, maxAge: maxAgeSeconds }));
    const result = (await getCloud().getTempFileURL({ fileList })) as { fileList?: { fileID: string; tempFileURL?: string; status?: number }[] };
    for (const entry of result.fileList ?? []) urls.set(entry.fileID, entry.status === 0 && entry.tempFileURL ? entry.tempFileURL : '');
  }
  for (const fileID of unique) if (!urls.has(fileID)) urls.set(fileID, '');
  return urls;
}

/** The bytes of a file, or null when it is gone (a seal check reports a missing image rather than failing). */
export async function downloadIfPresent(fileID: string): Promise<Buffer | null> {
  try {
    const { fileContent } = (await getCloud().downloadFile({ fileID })) as { fileContent: Buffer };
    return fileContent;
  } catch {
    return null;
  }
}
