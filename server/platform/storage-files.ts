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

/** Storage answers STORAGE_FILE_NONEXIST (errMsg "... not exists ...") for a deleted file. */
function isFileGone(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errMsg } = error as { code?: unknown; errMsg?: unknown };
  return code === 'STORAGE_FILE_NONEXIST' || (typeof errMsg === 'string' && /not exist/i.test(errMsg));
}

/**
 * The bytes of a file, or null when it is gone: a seal check reports a missing image rather than failing. Any other
 * failure (network, quota) is thrown, so it is never mistaken for a deleted signature.
 */
export async function downloadIfPresent(fileID: string): Promise<Buffer | null> {
  try {
    const { fileContent } = (await getCloud().downloadFile({ fileID })) as { fileContent: Buffer };
    return fileContent;
  } catch (error) {
    if (isFileGone(error)) return null;
    throw error;
  }
}
